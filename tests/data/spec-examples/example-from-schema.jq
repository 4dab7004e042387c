. as $root
| def ex($s; $d):
    if $d > 16 then null
    elif ($s | type) != "object" then null
    elif $s | has("$ref") then ex($root.components.schemas[$s["$ref"] | split("/") | last]; $d + 1)
    elif $s | has("example") then $s.example
    elif $s.allOf then reduce ($s.allOf[] | ex(.; $d + 1) | select(type == "object")) as $o ({}; . + $o)
    elif $s.type == "array" or ($s | has("items")) then [ex($s.items; $d + 1) | select(. != null)]
    elif $s | has("properties") then $s.properties | with_entries(.value = ex(.value; $d + 1)) | with_entries(select(.value != null))
    else null end;
  ex({"$ref": ("#/components/schemas/" + $name)}; 0)
