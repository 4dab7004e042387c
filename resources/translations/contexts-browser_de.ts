<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>LaunchDarkly base URI, e.g. https://app.launchdarkly.com (or LD_BASE_URI).</source>
        <translation>Basis-URI von LaunchDarkly, z. B. https://app.launchdarkly.com (oder LD_BASE_URI).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Project key (or LD_PROJECT).</source>
        <translation>Projektschlüssel (oder LD_PROJECT).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Environment key (or LD_ENVIRONMENT).</source>
        <translation>Umgebungsschlüssel (oder LD_ENVIRONMENT).</translation>
    </message>
</context>
<context>
    <name>ContextColumn</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>[private]</source>
        <translation>[privat]</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>the response is not a JSON object (found %1)</source>
        <translation>die Antwort ist kein JSON-Objekt (gefunden: %1)</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>die Antwort</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>es ist keine Serveradresse angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address (expected e.g. https://app.launchdarkly.com)</source>
        <translation>„%1“ ist keine vollständige Adresse (erwartet z. B. https://app.launchdarkly.com)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address</source>
        <translation>„%1“ ist keine https://-Adresse</translation>
    </message>
    <message>
        <source>the server address is not a valid URL (expected e.g. https://app.launchdarkly.com)</source>
        <translation>die Serveradresse ist keine gültige URL (erwartet z. B. https://app.launchdarkly.com)</translation>
    </message>
</context>
<context>
    <name>ctx::ApiError</name>
    <message>
        <source>The server rejected the access token (401). Check that the token is correct and has not been revoked.</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt (401). Prüfen Sie, ob das Token stimmt und nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>The server denied access (403)%1. Check that the access token&apos;s role is allowed to read contexts in this project and environment.</source>
        <translation>Der Server hat den Zugriff verweigert (403)%1. Prüfen Sie, ob die Rolle des Zugriffstokens Kontexte in diesem Projekt und dieser Umgebung lesen darf.</translation>
    </message>
    <message>
        <source>The server did not find the project or environment (404)%1. Check the project and environment keys.</source>
        <translation>Der Server hat das Projekt oder die Umgebung nicht gefunden (404)%1. Prüfen Sie die Schlüssel von Projekt und Umgebung.</translation>
    </message>
    <message>
        <source>The server rejected the request (400)%1. Check the filter and try again.</source>
        <translation>Der Server hat die Anfrage abgelehnt (400)%1. Prüfen Sie den Filter und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server reported a conflict (409)%1. Reload and try again.</source>
        <translation>Der Server meldet einen Konflikt (409)%1. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is limiting the rate of requests (429), and waiting to try again was cancelled. Wait a moment and try again.</source>
        <translation>Der Server begrenzt die Zahl der Anfragen (429), und das Warten auf einen neuen Versuch wurde abgebrochen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server is limiting the rate of requests (429). Wait a moment and try again.</source>
        <translation>Der Server begrenzt die Zahl der Anfragen (429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had an internal problem (%1)%2. Try again later.</source>
        <translation>Der Server hatte ein internes Problem (%1)%2. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach the server%1. Check the address and your network connection.</source>
        <translation>Der Server war nicht erreichbar%1. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed%1. Check the address, the computer&apos;s date and the certificates; for a server with a private certificate authority, set its CA file in the connection.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen%1. Prüfen Sie die Adresse, das Datum des Computers und die Zertifikate; für einen Server mit eigener Zertifizierungsstelle geben Sie deren CA-Datei in der Verbindung an.</translation>
    </message>
    <message>
        <source>The server sent a response that could not be read%1.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte%1.</translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use an https:// address.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (Loopback); verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request failed%1.</source>
        <translation>Die Anfrage ist fehlgeschlagen%1.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1)%2. Check the server address, then try again.</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (%1)%2. Prüfen Sie die Serveradresse und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ctx::AppOptions</name>
    <message>
        <source>Browse the contexts of a LaunchDarkly environment.

The access token comes from the OS keychain (saved connections) or from LD_ACCESS_TOKEN; otherwise the app asks for it. Without --base-uri or --demo, the connection used last opens, else the built-in demo.</source>
        <translation>Die Kontexte einer LaunchDarkly-Umgebung durchsuchen.

Das Zugriffstoken kommt aus dem Schlüsselbund des Systems (gespeicherte Verbindungen) oder aus LD_ACCESS_TOKEN; sonst fragt die App danach. Ohne --base-uri oder --demo öffnet sich die zuletzt verwendete Verbindung, sonst die eingebaute Demo.</translation>
    </message>
    <message>
        <source>Open the built-in demo (a local sandbox with seeded data).</source>
        <translation>Die eingebaute Demo öffnen (eine lokale Sandbox mit Beispieldaten).</translation>
    </message>
    <message>
        <source>How many contexts the demo seeds (default 5000).</source>
        <translation>Wie viele Kontexte die Demo anlegt (Standard: 5000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show only this context kind (repeatable).</source>
        <translation>Nur diese Kontextart anzeigen (wiederholbar).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Once the first page is shown, save the window as a PNG and exit.</source>
        <translation>Sobald die erste Seite angezeigt wird, das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the details of this context once the list is loaded.</source>
        <translation>Die Details dieses Kontexts öffnen, sobald die Liste geladen ist.</translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation>ART:SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>--demo-contexts needs a number from 0 to 3000000.</source>
        <translation>--demo-contexts braucht eine Zahl von 0 bis 3000000.</translation>
    </message>
    <message>
        <source>--select needs KIND:KEY, e.g. user:user-key-123abc.</source>
        <translation>--select braucht ART:SCHLÜSSEL, z. B. user:user-key-123abc.</translation>
    </message>
    <message>
        <source>--project and --environment need --base-uri (or LD_BASE_URI).</source>
        <translation>--project und --environment brauchen --base-uri (oder LD_BASE_URI).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid base URI; use one like https://app.launchdarkly.com.</source>
        <translation>„%1“ ist keine gültige Basis-URI; verwenden Sie eine wie https://app.launchdarkly.com.</translation>
    </message>
    <message>
        <source>Give the project and environment keys with --project and --environment (or LD_PROJECT and LD_ENVIRONMENT).</source>
        <translation>Geben Sie die Schlüssel von Projekt und Umgebung mit --project und --environment an (oder LD_PROJECT und LD_ENVIRONMENT).</translation>
    </message>
    <message>
        <source>Show the app in this language instead of the system&apos;s, e.g. de or en.</source>
        <translation>Die App in dieser Sprache statt der des Systems zeigen, z. B. de oder en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The theme for this session: system, light or dark (the saved choice is kept).</source>
        <translation>Das Farbschema für diese Sitzung: system, light oder dark (die gespeicherte Wahl bleibt).</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>--lang needs a language code, e.g. de or en; &quot;%1&quot; is none.</source>
        <translation>--lang braucht einen Sprachcode, z. B. de oder en; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>--theme takes system, light or dark.</source>
        <translation>--theme nimmt system, light oder dark.</translation>
    </message>
    <message>
        <source>Log every request and reply on stderr (the access token is never shown).</source>
        <translation>Jede Anfrage und Antwort auf stderr protokollieren (das Zugriffstoken wird nie gezeigt).</translation>
    </message>
    <message>
        <source>Start with this filter in the API&apos;s grammar, e.g. &apos;name startsWith &quot;An&quot;&apos;.</source>
        <translation>Mit diesem Filter in der Grammatik der API beginnen, z.&#xa0;B. &apos;name startsWith &quot;An&quot;&apos;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>Start with the filter builder shown.</source>
        <translation>Mit geöffnetem Filter-Baukasten beginnen.</translation>
    </message>
</context>
<context>
    <name>ctx::AppSession</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No access token was given.</source>
        <translation>Es wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>no access token was given.</source>
        <translation>es wurde kein Zugriffstoken angegeben.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The demo is shown instead.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2 Stattdessen wird die Demo gezeigt.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No access token is saved for this connection.</source>
        <translation>Für diese Verbindung ist kein Zugriffstoken gespeichert.</translation>
    </message>
    <message>
        <source>“%1” has no project and environment yet: choose them in File → Connections….</source>
        <translation>„%1“ hat noch kein Projekt und keine Umgebung: Wählen Sie sie unter Datei → Verbindungen… aus.</translation>
    </message>
    <message>
        <source>No access token for “%1”: set LD_ACCESS_TOKEN or save the token with the connection.</source>
        <translation>Kein Zugriffstoken für „%1“: Setzen Sie LD_ACCESS_TOKEN oder speichern Sie das Token mit der Verbindung.</translation>
    </message>
    <message>
        <source>%1 It is kept in memory until the app closes (or set LD_ACCESS_TOKEN).</source>
        <translation>%1 Es bleibt im Speicher, bis die App geschlossen wird (oder setzen Sie LD_ACCESS_TOKEN).</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>ctx::AttributeTreeModel</name>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>1 private attribute</source>
        <translation>1 privates Attribut</translation>
    </message>
    <message numerus="yes">
        <source>%n private attributes</source>
        <translation>
            <numerusform>%n privates Attribut</numerusform>
            <numerusform>%n private Attribute</numerusform>
        </translation>
    </message>
    <message>
        <source>{1 attribute}</source>
        <translation>{1 Attribut}</translation>
    </message>
    <message numerus="yes">
        <source>{%n attributes}</source>
        <translation>
            <numerusform>{%n Attribut}</numerusform>
            <numerusform>{%n Attribute}</numerusform>
        </translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The SDK marked this attribute private: LaunchDarkly never receives its value</source>
        <translation>Das SDK hat dieses Attribut als privat markiert: LaunchDarkly erhält seinen Wert nie</translation>
    </message>
    <message>
        <source>Attributes the SDK marked private: their names are listed, their values never reach LaunchDarkly.</source>
        <translation>Attribute, die das SDK als privat markiert hat: Ihre Namen werden aufgeführt, ihre Werte erreichen LaunchDarkly nie.</translation>
    </message>
    <message>
        <source>A string holding an RFC 3339 date-time, shown in local time</source>
        <translation>Ein Text mit Datum und Uhrzeit nach RFC 3339, in Ortszeit angezeigt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ctx::AttributesSection</name>
    <message>
        <source>From &amp;source:</source>
        <translation>Aus &amp;Quelle:</translation>
    </message>
    <message>
        <source>From source</source>
        <translation>Aus Quelle</translation>
    </message>
    <message>
        <source>The application or SDK whose version of the context is shown</source>
        <translation>Die Anwendung oder das SDK, dessen Version des Kontexts angezeigt wird</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the whole context as JSON (private attributes by name only)</source>
        <translation>Den ganzen Kontext als JSON kopieren (private Attribute nur mit Namen)</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Seen from %1 sources</source>
        <translation>Aus %1 Quellen gesehen</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>(unbekannte Quelle)</translation>
    </message>
    <message>
        <source>Copy context as &amp;JSON</source>
        <translation>Kontext als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the selected attribute&apos;s value (private values are not shown, so not copied)</source>
        <translation>Den Wert des ausgewählten Attributs kopieren (private Werte werden nicht angezeigt, also auch nicht kopiert)</translation>
    </message>
    <message>
        <source>The context&apos;s attributes as a tree; private attributes are listed under _meta by name only</source>
        <translation>Die Attribute des Kontexts als Baum; private Attribute stehen unter _meta, nur mit Namen</translation>
    </message>
    <message>
        <source>The server has no such context: it was deleted, or not seen for 30 days and expired, or it never was in this environment.</source>
        <translation>Der Server kennt diesen Kontext nicht: Er wurde gelöscht, ist nach 30 Tagen ohne Aufruf abgelaufen oder war nie in dieser Umgebung.</translation>
    </message>
</context>
<context>
    <name>ctx::ColumnChooserButton</name>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Choose the list&apos;s columns: show or hide the built-in ones, add attributes as columns</source>
        <translation>Die Spalten der Liste wählen: eingebaute ein- oder ausblenden, Attribute als Spalten hinzufügen</translation>
    </message>
</context>
<context>
    <name>ctx::ColumnMenu</name>
    <message>
        <source>The last visible column cannot be hidden.</source>
        <translation>Die letzte sichtbare Spalte kann nicht ausgeblendet werden.</translation>
    </message>
    <message>
        <source>Uncheck to remove this attribute column.</source>
        <translation>Abwählen, um diese Attributspalte zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Add attribute column</source>
        <translation>Attributspalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 (private values)</source>
        <translation>%1 (private Werte)</translation>
    </message>
    <message>
        <source>Some contexts keep this attribute private: their cells show [private], never the value.</source>
        <translation>Manche Kontexte halten dieses Attribut privat: Ihre Zellen zeigen [privat], nie den Wert.</translation>
    </message>
    <message>
        <source>Loading attribute names…</source>
        <translation>Attributnamen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load attribute names</source>
        <translation>Attributnamen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>No other attribute names seen</source>
        <translation>Keine weiteren Attributnamen gesehen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation>&amp;Andere…</translation>
    </message>
    <message>
        <source>Add a column for any attribute, by JSON pointer (/address/city).</source>
        <translation>Eine Spalte für ein beliebiges Attribut hinzufügen, per JSON-Pointer (/address/city).</translation>
    </message>
    <message>
        <source>&amp;Fit “%1” to contents</source>
        <translation>„%1“ an Inhalt an&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Remove column “%1”</source>
        <translation>Spalte „%1“ &amp;entfernen</translation>
    </message>
    <message>
        <source>Fit &amp;all columns to contents</source>
        <translation>&amp;Alle Spalten an Inhalt anpassen</translation>
    </message>
    <message>
        <source>Reset columns to &amp;defaults</source>
        <translation>Spalten auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>The built-in columns in their order and widths; attribute columns go.</source>
        <translation>Die eingebauten Spalten in ihrer Reihenfolge und Breite; Attributspalten entfallen.</translation>
    </message>
    <message>
        <source>JSON pointer of the attribute, for example /email or /address/city:</source>
        <translation>JSON-Pointer des Attributs, zum Beispiel /email oder /address/city:</translation>
    </message>
    <message>
        <source>Add attribute column</source>
        <translation>Attributspalte hinzufügen</translation>
    </message>
    <message>
        <source>That is not a JSON pointer: it starts with “/”, and “~” is written ~0.</source>
        <translation>Das ist kein JSON-Pointer: Er beginnt mit „/“, und „~“ wird als ~0 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Production: stronger delete confirmation and a badge</source>
        <translation>&amp;Produktion: strengere Löschbestätigung und ein Abzeichen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>z. B. Produktion (EU)</translation>
    </message>
    <message>
        <source>LaunchDarkly instance</source>
        <translation>LaunchDarkly-Instanz</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten</translation>
    </message>
    <message>
        <source>Optional: extra CA certificates (PEM)</source>
        <translation>Optional: zusätzliche CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>Choose a CA certificates file</source>
        <translation>Eine Datei mit CA-Zertifikaten wählen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Instan&amp;ce:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>The built-in demo runs a local sandbox with sample data. It cannot be changed or removed; add a connection to browse LaunchDarkly.</source>
        <translation>Die eingebaute Demo startet eine lokale Sandbox mit Beispieldaten. Sie kann nicht geändert oder entfernt werden; fügen Sie eine Verbindung hinzu, um LaunchDarkly zu durchsuchen.</translation>
    </message>
    <message>
        <source>A local sandbox the app starts</source>
        <translation>Eine lokale Sandbox, die die App startet</translation>
    </message>
    <message>
        <source>The demo needs no token</source>
        <translation>Die Demo braucht kein Token</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost, 127.0.0.1, ::1); use an https:// address.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation>Die Adresse kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Eine Farbe wählen</translation>
    </message>
    <message>
        <source>Choose a colour, now %1</source>
        <translation>Eine Farbe wählen, derzeit %1</translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation>Farbe der Verbindung</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The demo&apos;s project and environment are fixed.</source>
        <translation>Projekt und Umgebung der Demo stehen fest.</translation>
    </message>
    <message>
        <source>Enter an access token first.</source>
        <translation>Geben Sie zuerst ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>This window cannot reach a server.</source>
        <translation>Dieses Fenster kann keinen Server erreichen.</translation>
    </message>
    <message>
        <source>This connection cannot be reached.</source>
        <translation>Diese Verbindung ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Where the LaunchDarkly account lives: Commercial, EU, Federal, or a custom address</source>
        <translation>Wo das LaunchDarkly-Konto liegt: Kommerziell, EU, Federal oder eine eigene Adresse</translation>
    </message>
    <message>
        <source>Check the token, its account and access, and the project and environment, without saving anything</source>
        <translation>Token, Konto und Zugriff sowie Projekt und Umgebung prüfen, ohne etwas zu speichern</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionProfile</name>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>EU</source>
        <translation>EU</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Federal</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionStore</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Unnamed connection</source>
        <translation>Unbenannte Verbindung</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionSwitcher</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>The connection in use; pick another one to switch</source>
        <translation>Die verwendete Verbindung; wählen Sie eine andere, um zu wechseln</translation>
    </message>
    <message>
        <source>Production connection</source>
        <translation>Produktionsverbindung</translation>
    </message>
    <message>
        <source>This connection is marked production: deleting asks for a stronger confirmation</source>
        <translation>Diese Verbindung ist als Produktion markiert: Löschen verlangt eine strengere Bestätigung</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>the built-in demo</source>
        <translation>die eingebaute Demo</translation>
    </message>
    <message>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionTester</name>
    <message>
        <source>There is no connection to test.</source>
        <translation>Es gibt keine Verbindung zum Testen.</translation>
    </message>
    <message>
        <source>an access token</source>
        <translation>einem Zugriffstoken</translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <source> (service token)</source>
        <translation> (Service-Token)</translation>
    </message>
    <message>
        <source> (%1 token)</source>
        <translation> (%1-Token)</translation>
    </message>
    <message>
        <source> in account %1</source>
        <translation> im Konto %1</translation>
    </message>
    <message>
        <source>; scopes: %1</source>
        <translation>; Bereiche: %1</translation>
    </message>
    <message>
        <source>Connected as %1%2%3.</source>
        <translation>Verbunden mit %1%2%3.</translation>
    </message>
    <message>
        <source> Project “%1”, environment “%2” found.</source>
        <translation> Projekt „%1“, Umgebung „%2“ gefunden.</translation>
    </message>
    <message>
        <source>Could not reach the server%1; check the address and the network connection.</source>
        <translation>Der Server war nicht erreichbar%1; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed%1; check the address and the computer&apos;s date and certificates.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen%1; prüfen Sie die Adresse sowie Datum und Zertifikate des Computers.</translation>
    </message>
    <message>
        <source>The server did not answer in time; check the address and the network connection.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server rejected the token (401): the access token is wrong or was revoked.</source>
        <translation>Der Server hat das Token abgelehnt (401): Das Zugriffstoken ist falsch oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Access denied (403): the token has no role that can read contexts.</source>
        <translation>Zugriff verweigert (403): Das Token hat keine Rolle, die Kontexte lesen darf.</translation>
    </message>
    <message>
        <source>The token works, but the project or environment key was not found: %1/%2.</source>
        <translation>Das Token funktioniert, aber der Projekt- oder Umgebungsschlüssel wurde nicht gefunden: %1/%2.</translation>
    </message>
    <message>
        <source>The server has no LaunchDarkly API at this address (404); check the server address.</source>
        <translation>Der Server hat unter dieser Adresse keine LaunchDarkly-API (404); prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>I&amp;mport from ldcli</source>
        <translation>Aus ldcli i&amp;mportieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Use this c&amp;onnection</source>
        <translation>Diese &amp;Verbindung verwenden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>A new connection to LaunchDarkly</source>
        <translation>Eine neue Verbindung zu LaunchDarkly</translation>
    </message>
    <message>
        <source>Remove the connection and its access token from the keychain</source>
        <translation>Die Verbindung und ihr Zugriffstoken aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>A new connection from LaunchDarkly&apos;s CLI settings (%1)</source>
        <translation>Eine neue Verbindung aus den Einstellungen der LaunchDarkly-CLI (%1)</translation>
    </message>
    <message>
        <source>No LaunchDarkly CLI settings were found (%1)</source>
        <translation>Es wurden keine Einstellungen der LaunchDarkly-CLI gefunden (%1)</translation>
    </message>
    <message>
        <source>Connect&amp;ions:</source>
        <translation>Verbin&amp;dungen:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation>%1 — Produktion</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>The built-in demo: a local sandbox with sample data</source>
        <translation>Die eingebaute Demo: eine lokale Sandbox mit Beispieldaten</translation>
    </message>
    <message>
        <source>New connection (not saved)</source>
        <translation>Neue Verbindung (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its access token from the keychain?</source>
        <translation>Die Verbindung „%1“ und ihr Zugriffstoken aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>It is marked production.</source>
        <translation>Sie ist als Produktion markiert.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its token could not be deleted from the keychain: %2</source>
        <translation>„%1“ entfernt, aber sein Token konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>No LaunchDarkly CLI settings were found.</source>
        <translation>Es wurden keine Einstellungen der LaunchDarkly-CLI gefunden.</translation>
    </message>
    <message>
        <source>From ldcli</source>
        <translation>Aus ldcli</translation>
    </message>
    <message>
        <source>From ldcli (%1)</source>
        <translation>Aus ldcli (%1)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”; its access token is not in the keychain.</source>
        <translation>„%1“ gespeichert; sein Zugriffstoken ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Disca&amp;rd</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>The saved connections, the built-in demo first; the selected one is shown for editing</source>
        <translation>Die gespeicherten Verbindungen, die eingebaute Demo zuerst; die ausgewählte wird zum Bearbeiten gezeigt</translation>
    </message>
    <message>
        <source>A copy of this connection to edit, its access token included</source>
        <translation>Eine Kopie dieser Verbindung zum Bearbeiten, samt Zugriffstoken</translation>
    </message>
    <message>
        <source>Save the connection; its access token goes to the keychain</source>
        <translation>Die Verbindung speichern; ihr Zugriffstoken kommt in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation>Falls nötig speichern, dann diese Verbindung im Fenster zeigen</translation>
    </message>
</context>
<context>
    <name>ctx::ContextDetail</name>
    <message>
        <source>No context is selected.</source>
        <translation>Es ist kein Kontext ausgewählt.</translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation>Instanzen werden geladen…</translation>
    </message>
    <message>
        <source>The instances could not be loaded.</source>
        <translation>Die Instanzen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation>Nicht mit einer Umgebung verbunden.</translation>
    </message>
    <message>
        <source>This context is part of more instances than could be listed; delete is offered only when there is exactly one, to avoid mass deletes.</source>
        <translation>Dieser Kontext gehört zu mehr Instanzen, als aufgelistet werden konnten; Löschen wird nur angeboten, wenn es genau eine gibt, um Massenlöschungen zu vermeiden.</translation>
    </message>
    <message>
        <source>This context is not part of any instance.</source>
        <translation>Dieser Kontext gehört zu keiner Instanz.</translation>
    </message>
    <message numerus="yes">
        <source>This context is part of %n instances; delete is offered only when there is exactly one, to avoid mass deletes.</source>
        <translation>
            <numerusform>Dieser Kontext gehört zu %n Instanz; Löschen wird nur angeboten, wenn es genau eine gibt, um Massenlöschungen zu vermeiden.</numerusform>
            <numerusform>Dieser Kontext gehört zu %n Instanzen; Löschen wird nur angeboten, wenn es genau eine gibt, um Massenlöschungen zu vermeiden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctx::ContextExpiry</name>
    <message>
        <source>Due for removal: LaunchDarkly removes contexts not seen for %1 days.</source>
        <translation>Wird bald entfernt: LaunchDarkly entfernt Kontexte, die %1 Tage lang nicht gesehen wurden.</translation>
    </message>
    <message>
        <source>%1: LaunchDarkly removes contexts not seen for %2 days.</source>
        <translation>%1: LaunchDarkly entfernt Kontexte, die %2 Tage lang nicht gesehen wurden.</translation>
    </message>
</context>
<context>
    <name>ctx::ContextExporter</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2. Nothing was exported.</source>
        <translation>„%1“ konnte nicht angelegt werden: %2. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent the same page again, so the export stopped after %n context(s).</source>
        <translation>
            <numerusform>Der Server hat dieselbe Seite erneut gesendet, daher wurde der Export nach %n Kontext beendet.</numerusform>
            <numerusform>Der Server hat dieselbe Seite erneut gesendet, daher wurde der Export nach %n Kontexten beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was exported.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Could not write the output.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the output: %1.</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>ctx::ContextListModel</name>
    <message>
        <source>%1 is a private attribute of this context: its value is not shown.</source>
        <translation>%1 ist ein privates Attribut dieses Kontexts: Sein Wert wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This context has no attribute %1.</source>
        <translation>Dieser Kontext hat kein Attribut %1.</translation>
    </message>
    <message>
        <source>The server did not say which application sent this context.</source>
        <translation>Der Server hat nicht angegeben, welche Anwendung diesen Kontext gesendet hat.</translation>
    </message>
    <message>
        <source>The attribute %1 of each context. Private values show as [private].</source>
        <translation>Das Attribut %1 jedes Kontexts. Private Werte erscheinen als [privat].</translation>
    </message>
    <message>
        <source>When LaunchDarkly last saw this context. Click to reverse the order.</source>
        <translation>Wann LaunchDarkly diesen Kontext zuletzt gesehen hat. Klicken, um die Reihenfolge umzukehren.</translation>
    </message>
    <message>
        <source>The application or SDK that sent this version of the context (applicationId).</source>
        <translation>Die Anwendung oder das SDK, das diese Version des Kontexts gesendet hat (applicationId).</translation>
    </message>
    <message>
        <source>The name is a private attribute of this context: it is not shown.</source>
        <translation>Der Name ist ein privates Attribut dieses Kontexts: Er wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 · expiring</source>
        <translation>%1 · läuft ab</translation>
    </message>
</context>
<context>
    <name>ctx::ContextRecordListModel</name>
    <message>
        <source>The server did not say which application sent this context.</source>
        <translation>Der Server hat nicht angegeben, welche Anwendung diesen Kontext gesendet hat.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>ctx::ContextTableView</name>
    <message>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <source>The contexts of the environment, one row per kind and source. The selected row&apos;s details show beside the list. Ctrl+C copies the selected rows, Escape clears the selection.</source>
        <translation>Die Kontexte der Umgebung, eine Zeile je Art und Quelle. Die Details der ausgewählten Zeile stehen neben der Liste. Strg+C kopiert die ausgewählten Zeilen, Esc hebt die Auswahl auf.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Click Last seen to reverse the order; right-click to choose, add or reset columns.</source>
        <translation>Klicken Sie auf „Zuletzt gesehen“, um die Reihenfolge umzukehren; Rechtsklick, um Spalten zu wählen, hinzuzufügen oder zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>ctx::ContextsTab</name>
    <message>
        <source>Copy &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <source>The filter above the list of contexts, and the selected context&apos;s details beside it</source>
        <translation>Der Filter über der Liste der Kontexte und daneben die Details des ausgewählten Kontexts</translation>
    </message>
    <message>
        <source>List and details</source>
        <translation>Liste und Details</translation>
    </message>
    <message>
        <source>Drag the handle to share the width between the list and the details</source>
        <translation>Ziehen Sie den Griff, um die Breite zwischen Liste und Details aufzuteilen</translation>
    </message>
    <message>
        <source>Context actions</source>
        <translation>Kontextaktionen</translation>
    </message>
    <message>
        <source>Copy k&amp;ind:key</source>
        <translation>A&amp;rt:Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>ctx::DeleteInstanceDialog</name>
    <message>
        <source>Delete context instance?</source>
        <translation>Kontextinstanz löschen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete context instance &lt;code&gt;%1&lt;/code&gt; from %2?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It holds these contexts:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Every version of this instance, from every source, is removed. LaunchDarkly lists it again only if an SDK evaluates it again. This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kontextinstanz &lt;code&gt;%1&lt;/code&gt; aus %2 löschen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sie enthält diese Kontexte:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Jede Version dieser Instanz, aus jeder Quelle, wird entfernt. LaunchDarkly listet sie erst wieder, wenn ein SDK sie erneut auswertet. Dies kann nicht rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete instance</source>
        <translation>Instanz &amp;löschen</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;production&lt;/b&gt; environment. Type the context key &lt;code&gt;%1&lt;/code&gt; to confirm:</source>
        <translation>Dies ist eine &lt;b&gt;Produktionsumgebung&lt;/b&gt;. Geben Sie zur Bestätigung den Kontextschlüssel &lt;code&gt;%1&lt;/code&gt; ein:</translation>
    </message>
    <message>
        <source>Context key to confirm</source>
        <translation>Kontextschlüssel zur Bestätigung</translation>
    </message>
    <message>
        <source>Deletes the instance and every context in it on the server; this cannot be undone</source>
        <translation>Löscht die Instanz und jeden Kontext darin auf dem Server; dies kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Delete is enabled once the context key is typed exactly</source>
        <translation>Löschen wird möglich, sobald der Kontextschlüssel genau eingegeben ist</translation>
    </message>
</context>
<context>
    <name>ctx::DetailPane</name>
    <message>
        <source>&amp;Open in LaunchDarkly</source>
        <translation>In LaunchDarkly ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete instance…</source>
        <translation>Instanz &amp;löschen…</translation>
    </message>
    <message>
        <source>Context details</source>
        <translation>Kontextdetails</translation>
    </message>
    <message>
        <source>Select a context to see its attributes, instances, expected flag variations and segments.</source>
        <translation>Wählen Sie einen Kontext, um seine Attribute, Instanzen, erwarteten Flag-Varianten und Segmente zu sehen.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Deleting the instance…</source>
        <translation>Die Instanz wird gelöscht…</translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation>Bereits gelöscht</translation>
    </message>
    <message>
        <source>The instance holding %1 was already deleted. The list is refreshed.</source>
        <translation>Die Instanz mit %1 war bereits gelöscht. Die Liste wird aktualisiert.</translation>
    </message>
    <message>
        <source>The instance was not deleted: %1</source>
        <translation>Die Instanz wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>The server did not give a web UI link for this context</source>
        <translation>Der Server hat für diesen Kontext keinen Link zur Weboberfläche angegeben</translation>
    </message>
    <message>
        <source>The built-in demo has no web UI</source>
        <translation>Die eingebaute Demo hat keine Weboberfläche</translation>
    </message>
    <message>
        <source>Select a context first</source>
        <translation>Wählen Sie zuerst einen Kontext</translation>
    </message>
    <message>
        <source>A delete is in progress</source>
        <translation>Ein Löschvorgang läuft</translation>
    </message>
    <message>
        <source>Delete this context&apos;s only instance, after confirmation</source>
        <translation>Die einzige Instanz dieses Kontexts nach Bestätigung löschen</translation>
    </message>
    <message>
        <source>Instances (%1)</source>
        <translation>Instanzen (%1)</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Detailbereiche</translation>
    </message>
    <message>
        <source>The attributes, instances, expected flag variations and segment memberships of the selected context</source>
        <translation>Die Attribute, Instanzen, erwarteten Flag-Varianten und Segmentmitgliedschaften des ausgewählten Kontexts</translation>
    </message>
</context>
<context>
    <name>ctx::DetailSection</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ctx::DialogPrompts</name>
    <message>
        <source>Access token for %1</source>
        <translation>Zugriffstoken für %1</translation>
    </message>
    <message>
        <source>%1

&amp;Access token:</source>
        <translation>%1

&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>ctx::EnvironmentListModel</name>
    <message>
        <source>%1 — critical</source>
        <translation>%1 — kritisch</translation>
    </message>
    <message>
        <source>Environment key: %1. Marked as critical in LaunchDarkly.</source>
        <translation>Umgebungsschlüssel: %1. In LaunchDarkly als kritisch markiert.</translation>
    </message>
    <message>
        <source>Environment key: %1</source>
        <translation>Umgebungsschlüssel: %1</translation>
    </message>
</context>
<context>
    <name>ctx::EnvironmentPicker</name>
    <message>
        <source>Type to search, or open the list</source>
        <translation>Zum Suchen tippen oder die Liste öffnen</translation>
    </message>
    <message>
        <source>Choose a project first, or type a key</source>
        <translation>Zuerst ein Projekt wählen oder einen Schlüssel eingeben</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Projektschlüssel</translation>
    </message>
    <message>
        <source>The project&apos;s key; type part of a name or key to search</source>
        <translation>Der Schlüssel des Projekts; zum Suchen einen Teil eines Namens oder Schlüssels eingeben</translation>
    </message>
    <message>
        <source>Environment key</source>
        <translation>Umgebungsschlüssel</translation>
    </message>
    <message>
        <source>Project list status</source>
        <translation>Status der Projektliste</translation>
    </message>
    <message>
        <source>The projects cannot be listed for this connection.</source>
        <translation>Die Projekte dieser Verbindung können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No project matches.</source>
        <translation>Kein Projekt passt.</translation>
    </message>
    <message>
        <source>1 project listed: open the list to choose.</source>
        <translation>1 Projekt aufgelistet: Öffnen Sie die Liste zum Auswählen.</translation>
    </message>
    <message>
        <source>%1 projects listed: open the list to choose.</source>
        <translation>%1 Projekte aufgelistet: Öffnen Sie die Liste zum Auswählen.</translation>
    </message>
    <message>
        <source>The environment&apos;s key; open the list to choose one of the project&apos;s environments</source>
        <translation>Der Schlüssel der Umgebung; öffnen Sie die Liste, um eine Umgebung des Projekts zu wählen</translation>
    </message>
</context>
<context>
    <name>ctx::ExportCommand</name>
    <message>
        <source>Exported %1 of ~%2 contexts</source>
        <translation>%1 von ~%2 Kontexten exportiert</translation>
    </message>
    <message>
        <source>Exported %1 contexts</source>
        <translation>%1 Kontexte exportiert</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Could not open the standard output: %1</source>
        <translation>Die Standardausgabe konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>Exported %1 contexts to %2.</source>
        <translation>%1 Kontexte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The output is incomplete: only %1 contexts were written.</source>
        <translation>Die Ausgabe ist unvollständig: Nur %1 Kontexte wurden geschrieben.</translation>
    </message>
    <message>
        <source>Interrupted. The output is incomplete: only %1 contexts were written.</source>
        <translation>Unterbrochen. Die Ausgabe ist unvollständig: Nur %1 Kontexte wurden geschrieben.</translation>
    </message>
    <message>
        <source>Interrupted. Nothing was saved.</source>
        <translation>Unterbrochen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ctx::ExportDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Contexts</source>
        <translation>Kontexte exportieren</translation>
    </message>
    <message>
        <source>%1 of ~%2 contexts</source>
        <translation>%1 von ~%2 Kontexten</translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation>%1 Kontexte</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported %1 contexts to %2.</source>
        <translation>%1 Kontexte nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The export failed and no file was saved. %1</source>
        <translation>Der Export ist fehlgeschlagen, und es wurde keine Datei gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>ctx::ExportOptions</name>
    <message>
        <source>Export every context that matches to CSV or JSON Lines, without a window.

The access token is read from LD_ACCESS_TOKEN. Progress goes to stderr when it is a terminal. Exit status: 0 done, 1 failed (nothing is left at --output), 2 bad usage.</source>
        <translation>Alle passenden Kontexte ohne Fenster als CSV oder JSON Lines exportieren.

Das Zugriffstoken wird aus LD_ACCESS_TOKEN gelesen. Der Fortschritt geht nach stderr, wenn dies ein Terminal ist. Exit-Status: 0 fertig, 1 fehlgeschlagen (unter --output bleibt nichts zurück), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Export from the built-in demo (a local sandbox with seeded data), environment demo / production.</source>
        <translation>Aus der eingebauten Demo exportieren (eine lokale Sandbox mit Beispieldaten), Umgebung demo / production.</translation>
    </message>
    <message>
        <source>How many contexts the demo seeds (default 5000).</source>
        <translation>Wie viele Kontexte die Demo anlegt (Standard: 5000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Export only this context kind (repeatable).</source>
        <translation>Nur diese Kontextart exportieren (wiederholbar).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>A filter in the API&apos;s grammar, e.g. &apos;name startsWith &quot;An&quot;&apos;.</source>
        <translation>Ein Filter in der Grammatik der API, z. B. &apos;name startsWith &quot;An&quot;&apos;.</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>Comma-separated columns: kind, key, name, lastSeen, source, or an attribute&apos;s JSON pointer such as /address/city (default kind,key,name,lastSeen,source).</source>
        <translation>Kommagetrennte Spalten: kind, key, name, lastSeen, source oder der JSON-Pointer eines Attributs wie /address/city (Standard: kind,key,name,lastSeen,source).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>ts (oldest first) or -ts (newest first, the default).</source>
        <translation>ts (älteste zuerst) oder -ts (neueste zuerst, der Standard).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>csv or jsonl (default: from the output file&apos;s suffix, else csv).</source>
        <translation>csv oder jsonl (Standard: aus der Endung der Ausgabedatei, sonst csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write, replaced only when the export is complete (default: standard output).</source>
        <translation>Die zu schreibende Datei, erst ersetzt, wenn der Export vollständig ist (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See contexts-browser export --help.</source>
        <translation>Unerwartetes Argument „%1“. Siehe contexts-browser export --help.</translation>
    </message>
    <message>
        <source>--demo-contexts needs a number from 0 to 3000000.</source>
        <translation>--demo-contexts braucht eine Zahl von 0 bis 3000000.</translation>
    </message>
    <message>
        <source>--sort takes ts (oldest first) or -ts (newest first).</source>
        <translation>--sort nimmt ts (älteste zuerst) oder -ts (neueste zuerst).</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;: use kind, key, name, lastSeen, source or an attribute&apos;s JSON pointer such as /address/city.</source>
        <translation>Unbekannte Spalte „%1“: Verwenden Sie kind, key, name, lastSeen, source oder den JSON-Pointer eines Attributs wie /address/city.</translation>
    </message>
    <message>
        <source>--columns needs at least one column.</source>
        <translation>--columns braucht mindestens eine Spalte.</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl.</source>
        <translation>--format nimmt csv oder jsonl.</translation>
    </message>
    <message>
        <source>Say what to export: --base-uri (or LD_BASE_URI) with --project and --environment, or --demo.</source>
        <translation>Geben Sie an, was exportiert werden soll: --base-uri (oder LD_BASE_URI) mit --project und --environment, oder --demo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid base URI; use one like https://app.launchdarkly.com.</source>
        <translation>„%1“ ist keine gültige Basis-URI; verwenden Sie eine wie https://app.launchdarkly.com.</translation>
    </message>
    <message>
        <source>Give the project and environment keys with --project and --environment (or LD_PROJECT and LD_ENVIRONMENT).</source>
        <translation>Geben Sie die Schlüssel von Projekt und Umgebung mit --project und --environment an (oder LD_PROJECT und LD_ENVIRONMENT).</translation>
    </message>
    <message>
        <source>No access token: set LD_ACCESS_TOKEN to a LaunchDarkly API access token.</source>
        <translation>Kein Zugriffstoken: Setzen Sie LD_ACCESS_TOKEN auf ein Zugriffstoken für die LaunchDarkly-API.</translation>
    </message>
    <message>
        <source>Usage: %1 export [options]</source>
        <translation>Aufruf: %1 export [Optionen]</translation>
    </message>
    <message>
        <source>Log every request and reply on stderr (the access token is never shown).</source>
        <translation>Jede Anfrage und Antwort auf stderr protokollieren (das Zugriffstoken wird nie gezeigt).</translation>
    </message>
</context>
<context>
    <name>ctx::FilterBar</name>
    <message>
        <source>Search (key:, name:, user.email:)</source>
        <translation>Suchen (key:, name:, user.email:)</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Show the filter builder: conditions on fields and attributes, combined with AND / OR</source>
        <translation>Den Filter-Baukasten zeigen: Bedingungen an Felder und Attribute, verknüpft mit UND / ODER</translation>
    </message>
    <message>
        <source>Filter builder</source>
        <translation>Filter-Baukasten</translation>
    </message>
    <message>
        <source>Filter, e.g. user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]</source>
        <translation>Filter, z. B. user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]</translation>
    </message>
    <message>
        <source>Advanced filter</source>
        <translation>Erweiterter Filter</translation>
    </message>
    <message>
        <source>&lt;p&gt;The filter in the API&apos;s grammar: &lt;code&gt;field operator value&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Fields: key, name, kind, kinds, kindKey, kindKeys, applicationId, id, q, or an attribute as &lt;code&gt;user.email&lt;/code&gt;, &lt;code&gt;*.email&lt;/code&gt;, &lt;code&gt;user./address/city&lt;/code&gt;.&lt;br&gt;Operators: equals, notEquals, anyOf, startsWith, exists, before, after, contains.&lt;br&gt;Join with &lt;code&gt;,&lt;/code&gt; (and), &lt;code&gt;|&lt;/code&gt; (or) and &lt;code&gt;( )&lt;/code&gt;. Quote text values: &lt;code&gt;&quot;New York&quot;&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Filter in der Grammatik der API: &lt;code&gt;Feld Operator Wert&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Felder: key, name, kind, kinds, kindKey, kindKeys, applicationId, id, q oder ein Attribut als &lt;code&gt;user.email&lt;/code&gt;, &lt;code&gt;*.email&lt;/code&gt;, &lt;code&gt;user./address/city&lt;/code&gt;.&lt;br&gt;Operatoren: equals, notEquals, anyOf, startsWith, exists, before, after, contains.&lt;br&gt;Verknüpfen mit &lt;code&gt;,&lt;/code&gt; (und), &lt;code&gt;|&lt;/code&gt; (oder) und &lt;code&gt;( )&lt;/code&gt;. Textwerte in Anführungszeichen: &lt;code&gt;&quot;New York&quot;&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Go to the error</source>
        <translation>Zum Fehler gehen</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Go to the error: %1</source>
        <translation>Zum Fehler gehen: %1</translation>
    </message>
    <message>
        <source>Server message about the filter</source>
        <translation>Servermeldung zum Filter</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <source>Filter (%1)…</source>
        <translation>Filter (%1)…</translation>
    </message>
    <message>
        <source>Free text, or key:, name:, kind.attribute: prefixes. Applied as you type; Escape clears it.</source>
        <translation>Freier Text oder die Präfixe key:, name:, art.attribut:. Wird beim Tippen angewendet; Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Shows or hides the panel that builds the filter from conditions</source>
        <translation>Zeigt oder verbirgt den Bereich, der den Filter aus Bedingungen baut</translation>
    </message>
    <message>
        <source>The filter in the API&apos;s grammar. Enter applies it; Escape reverts an edit, then clears the filter.</source>
        <translation>Der Filter in der Grammatik der API. Eingabe wendet ihn an; Esc macht eine Änderung rückgängig und leert dann den Filter.</translation>
    </message>
    <message>
        <source>Filter message</source>
        <translation>Filtermeldung</translation>
    </message>
</context>
<context>
    <name>ctx::FilterBuilderWidget</name>
    <message>
        <source>Filter builder</source>
        <translation>Filter-Baukasten</translation>
    </message>
    <message>
        <source>The filter text has an error at column %1. Correct it there to edit the filter here.</source>
        <translation>Der Filtertext hat einen Fehler in Spalte %1. Korrigieren Sie ihn dort, um den Filter hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>The builder cannot show this filter: %1. Edit it as text.</source>
        <translation>Der Baukasten kann diesen Filter nicht darstellen: %1. Bearbeiten Sie ihn als Text.</translation>
    </message>
    <message>
        <source>Filter conditions</source>
        <translation>Filterbedingungen</translation>
    </message>
    <message>
        <source>The conditions of the filter, in groups combined with AND or OR</source>
        <translation>Die Bedingungen des Filters, in Gruppen, die mit UND oder ODER verknüpft sind</translation>
    </message>
</context>
<context>
    <name>ctx::FilterConditionRow</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field, e.g. user.email</source>
        <translation>Feld, z. B. user.email</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>A field (key, name, kind, ...) or an attribute: user.email, *.email, user./address/city</source>
        <translation>Ein Feld (key, name, kind, …) oder ein Attribut: user.email, *.email, user./address/city</translation>
    </message>
    <message>
        <source>Unknown field: write an attribute as kind.attribute (user.email) or *.attribute for every kind</source>
        <translation>Unbekanntes Feld: Schreiben Sie ein Attribut als art.attribut (user.email) oder *.attribut für jede Art</translation>
    </message>
    <message>
        <source>%1 (not accepted for this field)</source>
        <translation>%1 (für dieses Feld nicht zulässig)</translation>
    </message>
    <message>
        <source>Whether the field is present</source>
        <translation>Ob das Feld vorhanden ist</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <source>Values separated by commas; write a value holding a comma in double quotes: &quot;a, b&quot;</source>
        <translation>Werte durch Kommas getrennt; einen Wert mit Komma in doppelte Anführungszeichen setzen: &quot;a, b&quot;</translation>
    </message>
    <message>
        <source>A number, true, false or text; write &quot;42&quot; in double quotes to mean the text 42</source>
        <translation>Eine Zahl, true, false oder Text; schreiben Sie &quot;42&quot; in doppelten Anführungszeichen für den Text 42</translation>
    </message>
</context>
<context>
    <name>ctx::FilterGroupWidget</name>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Group match</source>
        <translation>Verknüpfung der Gruppe</translation>
    </message>
    <message>
        <source>Match all of (AND)</source>
        <translation>Alle erfüllt (UND)</translation>
    </message>
    <message>
        <source>Match any of (OR)</source>
        <translation>Eine erfüllt (ODER)</translation>
    </message>
    <message>
        <source>Whether every condition below must hold, or any one of them</source>
        <translation>Ob jede Bedingung darunter gelten muss oder irgendeine davon</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Dieser Gruppe eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a group of conditions combined the other way (AND inside OR, OR inside AND)</source>
        <translation>Eine Gruppe von Bedingungen hinzufügen, die andersherum verknüpft ist (UND in ODER, ODER in UND)</translation>
    </message>
    <message>
        <source>Groups can be nested %1 deep</source>
        <translation>Gruppen können %1 Ebenen tief verschachtelt werden</translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation>Diese Gruppe und ihre Bedingungen entfernen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wenn</translation>
    </message>
    <message>
        <source>No conditions: every context matches.</source>
        <translation>Keine Bedingungen: Jeder Kontext passt.</translation>
    </message>
</context>
<context>
    <name>ctx::FilterTree</name>
    <message>
        <source>a condition has an empty field</source>
        <translation>eine Bedingung hat ein leeres Feld</translation>
    </message>
    <message>
        <source>the value %1 of %2 cannot be edited in the builder</source>
        <translation>der Wert %1 von %2 kann im Baukasten nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>groups are nested more than %1 deep</source>
        <translation>Gruppen sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>ctx::FlagEvaluationModel</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation>Standardregel</translation>
    </message>
    <message>
        <source>Targeted individually</source>
        <translation>Einzeln angesprochen</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>A rule</source>
        <translation>Eine Regel</translation>
    </message>
    <message>
        <source>Prerequisite %1 failed</source>
        <translation>Voraussetzung %1 nicht erfüllt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 (in experiment)</source>
        <translation>%1 (im Experiment)</translation>
    </message>
    <message>
        <source>%1 (rule id %2)</source>
        <translation>%1 (Regel-ID %2)</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ctx::FlagsSection</name>
    <message>
        <source>C&amp;hange variation…</source>
        <translation>Variante ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Filter flags by key, name or value</source>
        <translation>Flags nach Schlüssel, Name oder Wert filtern</translation>
    </message>
    <message>
        <source>Filter flags</source>
        <translation>Flags filtern</translation>
    </message>
    <message>
        <source>Expected flag variations</source>
        <translation>Erwartete Flag-Varianten</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The variations of %1 could not be loaded: %2</source>
        <translation>Die Varianten von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Saved the variation of %1; flags re-evaluated.</source>
        <translation>Variante von %1 gespeichert; Flags neu ausgewertet.</translation>
    </message>
    <message>
        <source>The variation of %1 was not changed: %2</source>
        <translation>Die Variante von %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation>1 Flag</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 Flags</translation>
    </message>
    <message>
        <source>Choose the value this context gets for the selected flag</source>
        <translation>Den Wert wählen, den dieser Kontext für das ausgewählte Flag erhält</translation>
    </message>
    <message>
        <source>Variations can be changed only for a single-kind context</source>
        <translation>Varianten können nur für einen Kontext mit einer einzigen Art geändert werden</translation>
    </message>
    <message>
        <source>Loading the variations of %1…</source>
        <translation>Die Varianten von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The value each flag serves this context, and why</source>
        <translation>Der Wert, den jedes Flag diesem Kontext liefert, und warum</translation>
    </message>
</context>
<context>
    <name>ctx::GoToContextDialog</name>
    <message>
        <source>Go to Context</source>
        <translation>Zu Kontext springen</translation>
    </message>
    <message>
        <source>Go to context</source>
        <translation>Zu Kontext springen</translation>
    </message>
    <message>
        <source>Opens a context by its kind and key</source>
        <translation>Öffnet einen Kontext über Art und Schlüssel</translation>
    </message>
    <message>
        <source>Type the context&apos;s kind and key separated by a colon, for example &lt;b&gt;user:user-key-123abc&lt;/b&gt;. Both are required; keys are case-sensitive.</source>
        <translation>Geben Sie Art und Schlüssel des Kontexts durch einen Doppelpunkt getrennt ein, zum Beispiel &lt;b&gt;user:user-key-123abc&lt;/b&gt;. Beides ist nötig; bei Schlüsseln zählt die Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>&amp;Kind:key</source>
        <translation>&amp;Art:Schlüssel</translation>
    </message>
    <message>
        <source>kind:key, e.g. user:user-key-123abc</source>
        <translation>art:schlüssel, z. B. user:user-key-123abc</translation>
    </message>
    <message>
        <source>Kind and key</source>
        <translation>Art und Schlüssel</translation>
    </message>
    <message>
        <source>The context&apos;s kind, a colon, then its key, e.g. user:user-key-123abc</source>
        <translation>Die Art des Kontexts, ein Doppelpunkt, dann sein Schlüssel, z. B. user:user-key-123abc</translation>
    </message>
    <message>
        <source>Go to context message</source>
        <translation>Meldung zum Springen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Springen</translation>
    </message>
    <message>
        <source>Selects the context in the list, or opens its details</source>
        <translation>Wählt den Kontext in der Liste aus oder öffnet seine Details</translation>
    </message>
    <message>
        <source>Both the kind and the key are needed: add the kind and a colon before the key, e.g. user:%1.</source>
        <translation>Art und Schlüssel sind nötig: Setzen Sie die Art und einen Doppelpunkt vor den Schlüssel, z. B. user:%1.</translation>
    </message>
    <message>
        <source>The kind is missing before the colon, e.g. user:%1.</source>
        <translation>Vor dem Doppelpunkt fehlt die Art, z. B. user:%1.</translation>
    </message>
    <message>
        <source>The key is missing after the colon.</source>
        <translation>Nach dem Doppelpunkt fehlt der Schlüssel.</translation>
    </message>
    <message>
        <source>“%1” is not a context kind: a kind has only letters, digits, “.”, “_” and “-”.</source>
        <translation>„%1“ ist keine Kontextart: Eine Art hat nur Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Name one kind of the context, e.g. user:key or organization:key.</source>
        <translation>Nennen Sie eine Art des Kontexts, z. B. user:key oder organization:key.</translation>
    </message>
    <message>
        <source>Looking for %1:%2…</source>
        <translation>%1:%2 wird gesucht…</translation>
    </message>
    <message>
        <source>this environment</source>
        <translation>dieser Umgebung</translation>
    </message>
    <message>
        <source>There is no context %1:%2 in %3. Check the kind and the key (keys are case-sensitive); LaunchDarkly removes contexts not seen for 30 days.</source>
        <translation>Es gibt keinen Kontext %1:%2 in %3. Prüfen Sie Art und Schlüssel (bei Schlüsseln zählt die Groß- und Kleinschreibung); LaunchDarkly entfernt Kontexte, die 30 Tage lang nicht gesehen wurden.</translation>
    </message>
</context>
<context>
    <name>ctx::InstanceListModel</name>
    <message>
        <source>The server did not say which application sent this instance.</source>
        <translation>Der Server hat nicht angegeben, welche Anwendung diese Instanz gesendet hat.</translation>
    </message>
    <message>
        <source>Kinds the SDK left out of this instance because they were anonymous: %1</source>
        <translation>Arten, die das SDK aus dieser Instanz weggelassen hat, weil sie anonym waren: %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Anonymous kinds</source>
        <translation>Anonyme Arten</translation>
    </message>
    <message>
        <source>Kinds the SDK dropped from the instance because they were anonymous.</source>
        <translation>Arten, die das SDK aus der Instanz entfernt hat, weil sie anonym waren.</translation>
    </message>
</context>
<context>
    <name>ctx::InstancesSection</name>
    <message>
        <source>Contexts in the selected instance:</source>
        <translation>Kontexte in der ausgewählten Instanz:</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Contexts in the selected instance</source>
        <translation>Kontexte in der ausgewählten Instanz</translation>
    </message>
    <message>
        <source>No instances recorded for this context.</source>
        <translation>Für diesen Kontext sind keine Instanzen verzeichnet.</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>The context instances that hold this context; select one to list its contexts</source>
        <translation>Die Kontextinstanzen, die diesen Kontext enthalten; wählen Sie eine, um ihre Kontexte aufzulisten</translation>
    </message>
</context>
<context>
    <name>ctx::KeychainTokenStore</name>
    <message>
        <source>The keychain refused access to the access token.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Zugriffstoken verweigert.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1), so the access token cannot be saved.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1), daher kann das Zugriffstoken nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ctx::KindEditDialog</name>
    <message>
        <source>New context kind</source>
        <translation>Neue Kontextart</translation>
    </message>
    <message>
        <source>Edit context kind</source>
        <translation>Kontextart bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown in the kinds list and the kind filter</source>
        <translation>Wird in der Artenliste und im Artfilter angezeigt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>e.g. organization</source>
        <translation>z. B. organization</translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”. The key cannot be changed later.</source>
        <translation>Buchstaben, Ziffern, „.“, „_“ und „-“. Der Schlüssel kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>The key of a kind is permanent.</source>
        <translation>Der Schlüssel einer Art ist endgültig.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Create kind</source>
        <translation>Art &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A kind with the key “%1” already exists; select it and choose Edit.</source>
        <translation>Eine Art mit dem Schlüssel „%1“ gibt es bereits; wählen Sie sie aus und dann Bearbeiten.</translation>
    </message>
</context>
<context>
    <name>ctx::KindFilterButton</name>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Choose which context kinds the list shows</source>
        <translation>Wählen, welche Kontextarten die Liste zeigt</translation>
    </message>
    <message>
        <source>Show only contexts of the chosen kinds</source>
        <translation>Nur Kontexte der gewählten Arten zeigen</translation>
    </message>
    <message>
        <source>The kinds could not be loaded: %1</source>
        <translation>Die Arten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;All kinds</source>
        <translation>&amp;Alle Arten</translation>
    </message>
    <message>
        <source>Loading kinds…</source>
        <translation>Arten werden geladen…</translation>
    </message>
    <message>
        <source>No kinds in this project</source>
        <translation>Keine Arten in diesem Projekt</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Show a&amp;rchived kinds</source>
        <translation>A&amp;rchivierte Arten zeigen</translation>
    </message>
    <message>
        <source>List archived kinds too; they cannot be used in targeting</source>
        <translation>Auch archivierte Arten auflisten; sie können nicht für Targeting verwendet werden</translation>
    </message>
    <message>
        <source>Kind: All</source>
        <translation>Art: Alle</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
</context>
<context>
    <name>ctx::KindTableModel</name>
    <message>
        <source>A kind needs a key.</source>
        <translation>Eine Art braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” contains “%2”; a kind key can contain only letters, digits, “.”, “_” and “-”.</source>
        <translation>Der Schlüssel „%1“ enthält „%2“; ein Artschlüssel darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is reserved by LaunchDarkly and cannot be a kind key.</source>
        <translation>„%1“ ist von LaunchDarkly reserviert und kann kein Artschlüssel sein.</translation>
    </message>
    <message>
        <source>A kind needs a name.</source>
        <translation>Eine Art braucht einen Namen.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is still being saved; wait for the answer.</source>
        <translation>„%1“ wird noch gespeichert; warten Sie auf die Antwort.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Automatically added</source>
        <translation>Automatisch hinzugefügt</translation>
    </message>
    <message>
        <source>Manually created</source>
        <translation>Manuell angelegt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No SDK has sent a context of this kind yet.</source>
        <translation>Noch kein SDK hat einen Kontext dieser Art gesendet.</translation>
    </message>
    <message>
        <source>Archived: cannot be used in targeting; hidden from the kind filter.</source>
        <translation>Archiviert: kann nicht für Targeting verwendet werden; im Artfilter ausgeblendet.</translation>
    </message>
    <message>
        <source>Available for targeting</source>
        <translation>Für Targeting verfügbar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt durch</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>ctx::KindsView</name>
    <message>
        <source>&amp;New kind…</source>
        <translation>&amp;Neue Art…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Create a context kind in this project</source>
        <translation>Eine Kontextart in diesem Projekt anlegen</translation>
    </message>
    <message>
        <source>Change the name and description of the selected kind</source>
        <translation>Name und Beschreibung der ausgewählten Art ändern</translation>
    </message>
    <message>
        <source>List archived kinds too</source>
        <translation>Auch archivierte Arten auflisten</translation>
    </message>
    <message>
        <source>Load the kinds from the server again</source>
        <translation>Die Arten erneut vom Server laden</translation>
    </message>
    <message>
        <source>Context kinds</source>
        <translation>Kontextarten</translation>
    </message>
    <message>
        <source>A kind with the key “%1” already exists; select it and choose Edit.</source>
        <translation>Eine Art mit dem Schlüssel „%1“ gibt es bereits; wählen Sie sie aus und dann Bearbeiten.</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 was not created. %2</source>
        <translation>%1 wurde nicht angelegt. %2</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was not restored. %2</source>
        <translation>%1 wurde nicht wiederhergestellt. %2</translation>
    </message>
    <message>
        <source>Archive the context kind “%1”?

Archived kinds cannot be used in targeting or experiments, and they are hidden from the kind filter. You can restore it later under “Show archived”.</source>
        <translation>Die Kontextart „%1“ archivieren?

Archivierte Arten können nicht für Targeting oder Experimente verwendet werden und sind im Artfilter ausgeblendet. Sie können sie später unter „Archivierte zeigen“ wiederherstellen.</translation>
    </message>
    <message>
        <source>

LaunchDarkly archives the user kind only after it is no longer available for experiments and guarded rollouts.</source>
        <translation>

LaunchDarkly archiviert die Art „user“ erst, wenn sie nicht mehr für Experimente und überwachte Rollouts verfügbar ist.</translation>
    </message>
    <message>
        <source>Archive context kind</source>
        <translation>Kontextart archivieren</translation>
    </message>
    <message>
        <source> It is hidden while “Show archived” is off.</source>
        <translation> Sie ist ausgeblendet, solange „Archivierte zeigen“ aus ist.</translation>
    </message>
    <message>
        <source>Archiving %1…</source>
        <translation>%1 wird archiviert…</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>%1 was not archived. %2</source>
        <translation>%1 wurde nicht archiviert. %2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not saved. %2</source>
        <translation>%1 wurde nicht gespeichert. %2</translation>
    </message>
    <message>
        <source>The server rejected the change (400)%1.</source>
        <translation>Der Server hat die Änderung abgelehnt (400)%1.</translation>
    </message>
    <message>
        <source>The server denied access (403)%1. Changing context kinds needs a role with the createContextKind action in this project.</source>
        <translation>Der Server hat den Zugriff verweigert (403)%1. Um Kontextarten zu ändern, braucht es eine Rolle mit der Aktion createContextKind in diesem Projekt.</translation>
    </message>
    <message>
        <source>The server did not find the project (404)%1.</source>
        <translation>Der Server hat das Projekt nicht gefunden (404)%1.</translation>
    </message>
    <message>
        <source>Someone else changed the kind at the same time (409)%1. Refresh and try again.</source>
        <translation>Jemand anderes hat die Art gleichzeitig geändert (409)%1. Aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the selected kind available for targeting again</source>
        <translation>Die ausgewählte Art wieder für Targeting verfügbar machen</translation>
    </message>
    <message>
        <source>Hide the selected kind from targeting and the kind filter</source>
        <translation>Die ausgewählte Art für Targeting und im Artfilter ausblenden</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Loading kinds…</source>
        <translation>Arten werden geladen…</translation>
    </message>
    <message>
        <source>The kinds could not be loaded: %1</source>
        <translation>Die Arten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>1 kind</source>
        <translation>1 Art</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>%1 Arten</translation>
    </message>
    <message>
        <source>, %1 archived</source>
        <translation>, %1 archiviert</translation>
    </message>
    <message>
        <source>, %1 archived (hidden)</source>
        <translation>, %1 archiviert (ausgeblendet)</translation>
    </message>
    <message>
        <source>The project&apos;s context kinds: key, name, description, origin and when last seen</source>
        <translation>Die Kontextarten des Projekts: Schlüssel, Name, Beschreibung, Herkunft und wann zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>ctx::ListStatus</name>
    <message>
        <source>Loading contexts…</source>
        <translation>Kontexte werden geladen…</translation>
    </message>
    <message>
        <source>Showing the previous results (%1)</source>
        <translation>Die vorigen Ergebnisse werden gezeigt (%1)</translation>
    </message>
    <message>
        <source>No contexts in this environment.</source>
        <translation>Keine Kontexte in dieser Umgebung.</translation>
    </message>
    <message>
        <source>No contexts match the filter.</source>
        <translation>Keine Kontexte passen zum Filter.</translation>
    </message>
    <message>
        <source>%1 of %2 contexts loaded</source>
        <translation>%1 von %2 Kontexten geladen</translation>
    </message>
    <message>
        <source>%1 contexts loaded, more available</source>
        <translation>%1 Kontexte geladen, weitere verfügbar</translation>
    </message>
    <message>
        <source>1 context</source>
        <translation>1 Kontext</translation>
    </message>
    <message numerus="yes">
        <source>%n contexts</source>
        <translation>
            <numerusform>%n Kontext</numerusform>
            <numerusform>%n Kontexte</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not sort: only the loaded rows are sorted by last seen</source>
        <translation>der Server sortiert nicht: Nur die geladenen Zeilen sind nach „Zuletzt gesehen“ sortiert</translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation>weitere werden geladen…</translation>
    </message>
    <message>
        <source>The server sent records this app cannot read:</source>
        <translation>Der Server hat Datensätze gesendet, die diese App nicht lesen kann:</translation>
    </message>
    <message>
        <source>1 record could not be read and is not shown</source>
        <translation>1 Datensatz konnte nicht gelesen werden und wird nicht angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read and are not shown</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht gelesen werden und wird nicht angezeigt</numerusform>
            <numerusform>%n Datensätze konnten nicht gelesen werden und werden nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctx::ListStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting and fail the waiting requests now</source>
        <translation>Nicht mehr warten und die wartenden Anfragen jetzt scheitern lassen</translation>
    </message>
    <message>
        <source>Cancel waiting</source>
        <translation>Warten abbrechen</translation>
    </message>
    <message>
        <source>LaunchDarkly is limiting requests: trying again in %1 s</source>
        <translation>LaunchDarkly begrenzt die Anfragen: neuer Versuch in %1 s</translation>
    </message>
</context>
<context>
    <name>ctx::MainWindow</name>
    <message>
        <source>&amp;Contexts</source>
        <translation>&amp;Kontexte</translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation>Ar&amp;ten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit or switch connections to LaunchDarkly</source>
        <translation>Verbindungen zu LaunchDarkly hinzufügen, bearbeiten oder wechseln</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export every context the list matches to CSV or JSON Lines</source>
        <translation>Alle Kontexte, die die Liste findet, als CSV oder JSON Lines exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Die Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Quick search</source>
        <translation>&amp;Schnellsuche</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>K&amp;ontext</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views: kinds, filter, columns and sort</source>
        <translation>Gespeicherte Ansichten: Arten, Filter, Spalten und Sortierung</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; applied</source>
        <translation>Ansicht „%1“ angewendet</translation>
    </message>
    <message>
        <source>%1 — %2 — Contexts</source>
        <translation>%1 — %2 — Kontexte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Contexts (Alt+C) and Kinds (Alt+K)</source>
        <translation>Kontexte (Alt+K) und Arten (Alt+T)</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>How many contexts are loaded, and any error</source>
        <translation>Wie viele Kontexte geladen sind, und etwaige Fehler</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Put the cursor in the quick search box</source>
        <translation>Den Cursor in das Schnellsuchfeld setzen</translation>
    </message>
    <message>
        <source>Put the cursor in the advanced filter box</source>
        <translation>Den Cursor in das Feld des erweiterten Filters setzen</translation>
    </message>
    <message>
        <source>&amp;Saved views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Go to context…</source>
        <translation>&amp;Zu Kontext springen…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Open a context by kind and key</source>
        <translation>Einen Kontext über Art und Schlüssel öffnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About contexts-browser</source>
        <translation>&amp;Über contexts-browser</translation>
    </message>
    <message>
        <source>Connection and environment</source>
        <translation>Verbindung und Umgebung</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>About contexts-browser</source>
        <translation>Über contexts-browser</translation>
    </message>
    <message>
        <source>&lt;h3&gt;contexts-browser %1&lt;/h3&gt;&lt;p&gt;A desktop browser for LaunchDarkly contexts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;contexts-browser %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Browser für LaunchDarkly-Kontexte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
</context>
<context>
    <name>ctx::ProjectListModel</name>
    <message>
        <source>Project key: %1</source>
        <translation>Projektschlüssel: %1</translation>
    </message>
</context>
<context>
    <name>ctx::QuickSearch</name>
    <message>
        <source>&lt;p&gt;Search contexts. Plain words search keys, names and attribute values.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;key:abc&lt;/code&gt;, &lt;code&gt;name:Ann&lt;/code&gt;: key or name starts with&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:ann&lt;/code&gt;, &lt;code&gt;*.email:ann&lt;/code&gt;: attribute starts with (a kind, or * for every kind)&lt;/li&gt;&lt;li&gt;&lt;code&gt;kind:user&lt;/code&gt;, &lt;code&gt;key=abc&lt;/code&gt;: exactly equals&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:&lt;/code&gt;: has the attribute&lt;/li&gt;&lt;li&gt;A filter such as &lt;code&gt;user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]&lt;/code&gt; is used as written&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Quote a value to keep its outer spaces: &lt;code&gt;name:&quot; Ann&quot;&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kontexte suchen. Einfache Wörter durchsuchen Schlüssel, Namen und Attributwerte.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;key:abc&lt;/code&gt;, &lt;code&gt;name:Ann&lt;/code&gt;: Schlüssel oder Name beginnt mit&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:ann&lt;/code&gt;, &lt;code&gt;*.email:ann&lt;/code&gt;: Attribut beginnt mit (eine Art oder * für jede Art)&lt;/li&gt;&lt;li&gt;&lt;code&gt;kind:user&lt;/code&gt;, &lt;code&gt;key=abc&lt;/code&gt;: ist genau gleich&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:&lt;/code&gt;: hat das Attribut&lt;/li&gt;&lt;li&gt;Ein Filter wie &lt;code&gt;user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]&lt;/code&gt; wird so verwendet, wie er geschrieben ist&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Setzen Sie einen Wert in Anführungszeichen, um Leerzeichen am Rand zu behalten: &lt;code&gt;name:&quot; Ann&quot;&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ctx::RelativeTime</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation>Nie gesehen</translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation>%1 (Ortszeit)
%2</translation>
    </message>
</context>
<context>
    <name>ctx::RestContextsApi</name>
    <message>
        <source>no project or environment key was given</source>
        <translation>es wurde kein Projekt- oder Umgebungsschlüssel angegeben</translation>
    </message>
    <message>
        <source>the value to set is not valid JSON</source>
        <translation>der zu setzende Wert ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>no attribute name was given</source>
        <translation>es wurde kein Attributname angegeben</translation>
    </message>
    <message>
        <source>the context kind has no key</source>
        <translation>die Kontextart hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>the context kind has no name</source>
        <translation>die Kontextart hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>ctx::SavedView</name>
    <message>
        <source>This is not a contexts-browser view file.</source>
        <translation>Dies ist keine Ansichtsdatei von contexts-browser.</translation>
    </message>
    <message>
        <source>This view file was made by a newer contexts-browser.</source>
        <translation>Diese Ansichtsdatei stammt von einem neueren contexts-browser.</translation>
    </message>
    <message>
        <source>The view has no name.</source>
        <translation>Die Ansicht hat keinen Namen.</translation>
    </message>
    <message>
        <source>The view&apos;s &quot;kinds&quot; is not a list.</source>
        <translation>„kinds“ der Ansicht ist keine Liste.</translation>
    </message>
    <message>
        <source>The view&apos;s &quot;kinds&quot; holds something that is not a kind.</source>
        <translation>„kinds“ der Ansicht enthält etwas, das keine Art ist.</translation>
    </message>
    <message>
        <source>The view&apos;s &quot;%1&quot; is not text.</source>
        <translation>„%1“ der Ansicht ist kein Text.</translation>
    </message>
    <message>
        <source>The view&apos;s filter is not valid: %1 (at character %2).</source>
        <translation>Der Filter der Ansicht ist ungültig: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The view&apos;s sort &quot;%1&quot; is not ts or -ts.</source>
        <translation>Die Sortierung „%1“ der Ansicht ist weder ts noch -ts.</translation>
    </message>
</context>
<context>
    <name>ctx::SavedViewStore</name>
    <message>
        <source>The file is too large to be a view file.</source>
        <translation>Die Datei ist zu groß für eine Ansichtsdatei.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a contexts-browser view file.</source>
        <translation>Dies ist keine Ansichtsdatei von contexts-browser.</translation>
    </message>
</context>
<context>
    <name>ctx::SavedViewsMenu</name>
    <message>
        <source>View files (*.json)</source>
        <translation>Ansichtsdateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation>A&amp;nsichten</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation>Arten: %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Every context</source>
        <translation>Alle Kontexte</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Import view…</source>
        <translation>Ansicht &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Export to file</source>
        <translation>In Datei &amp;exportieren</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Replace view?</source>
        <translation>Ansicht ersetzen?</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists. Replace it with the current view?</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits. Durch die aktuelle Ansicht ersetzen?</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; already exists.</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Delete view?</source>
        <translation>Ansicht löschen?</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? Exported files are not affected.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Exportierte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation>Die Ansicht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Ansicht importieren</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation>%1 wurde nicht importiert. %2</translation>
    </message>
</context>
<context>
    <name>ctx::ScreenshotTaker</name>
    <message>
        <source>the first page did not arrive within 60 seconds</source>
        <translation>die erste Seite ist nicht innerhalb von 60 Sekunden angekommen</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>the screenshot failed: %1</source>
        <translation>das Bildschirmfoto ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ctx::SecretServiceProbe</name>
    <message>
        <source>No keychain: no D-Bus session bus is running, so the access token cannot be saved.</source>
        <translation>Kein Schlüsselbund: Es läuft kein D-Bus-Sitzungsbus, daher kann das Zugriffstoken nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No keychain: no Secret Service (GNOME Keyring, KWallet) runs on the session bus, so the access token cannot be saved.</source>
        <translation>Kein Schlüsselbund: Auf dem Sitzungsbus läuft kein Secret Service (GNOME Keyring, KWallet), daher kann das Zugriffstoken nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ctx::SegmentListModel</name>
    <message>
        <source>Targeted individually</source>
        <translation>Einzeln angesprochen</translation>
    </message>
    <message>
        <source>Matched a rule</source>
        <translation>Eine Regel hat gegriffen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (big segment)</source>
        <translation>%1 (großes Segment)</translation>
    </message>
    <message>
        <source>%1 (synced from %2)</source>
        <translation>%1 (synchronisiert aus %2)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>A big segment: its membership is stored outside LaunchDarkly&apos;s flag data.</source>
        <translation>Ein großes Segment: Seine Mitgliedschaft wird außerhalb der Flag-Daten von LaunchDarkly gespeichert.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ctx::SegmentsSection</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Member of %1 of %2 segments</source>
        <translation>Mitglied in %1 von %2 Segmenten</translation>
    </message>
    <message>
        <source>Whether this context is a member of each segment, and why</source>
        <translation>Ob dieser Kontext Mitglied jedes Segments ist, und warum</translation>
    </message>
</context>
<context>
    <name>ctx::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, by menu</source>
        <translation>Alle Tastenkürzel des Fensters, nach Menü</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or keys contain this text</source>
        <translation>Zeigt nur die Tastenkürzel, deren Aktion oder Tasten diesen Text enthalten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Actions grouped by menu, each with its keys</source>
        <translation>Aktionen nach Menü gruppiert, jeweils mit ihren Tasten</translation>
    </message>
    <message>
        <source>Closes this list</source>
        <translation>Schließt diese Liste</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Menus and tabs</source>
        <translation>Menüs und Reiter</translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation>Menü %1</translation>
    </message>
    <message>
        <source>Opens the menu</source>
        <translation>Öffnet das Menü</translation>
    </message>
    <message>
        <source>%1 tab</source>
        <translation>Reiter %1</translation>
    </message>
    <message>
        <source>Shows the tab</source>
        <translation>Zeigt den Reiter</translation>
    </message>
    <message>
        <source>Contexts tab</source>
        <translation>Reiter Kontexte</translation>
    </message>
    <message>
        <source>Clear the quick search</source>
        <translation>Die Schnellsuche leeren</translation>
    </message>
    <message>
        <source>In the quick search box</source>
        <translation>Im Schnellsuchfeld</translation>
    </message>
    <message>
        <source>Revert the filter edit, then clear the filter</source>
        <translation>Die Filteränderung rückgängig machen, dann den Filter leeren</translation>
    </message>
    <message>
        <source>In the advanced filter box</source>
        <translation>Im Feld des erweiterten Filters</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Die Auswahl aufheben</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In der Liste</translation>
    </message>
    <message>
        <source>Apply the filter now</source>
        <translation>Den Filter jetzt anwenden</translation>
    </message>
    <message>
        <source>In the quick search or advanced filter box</source>
        <translation>Im Schnellsuchfeld oder im Feld des erweiterten Filters</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>ctx::SnapshotFile</name>
    <message>
        <source>Cannot create the snapshot %1: %2</source>
        <translation>Der Schnappschuss %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a contexts-browser snapshot</source>
        <translation>%1 ist kein Schnappschuss von contexts-browser</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of contexts-browser (snapshot schema %2; this version reads %3)</source>
        <translation>%1 wurde von einer neueren Version von contexts-browser geschrieben (Schnappschuss-Schema %2; diese Version liest %3)</translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation>Der Schnappschuss %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 holds the snapshot of %2/%3 at %4, not of %5/%6 at %7</source>
        <translation>%1 enthält den Schnappschuss von %2/%3 auf %4, nicht von %5/%6 auf %7</translation>
    </message>
</context>
<context>
    <name>ctx::SnapshotSync</name>
    <message>
        <source>The snapshot could not be written: %1</source>
        <translation>Der Schnappschuss konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be written (%1). What was stored so far is kept, and the next sync resumes from there.</source>
        <translation>Der Schnappschuss konnte nicht geschrieben werden (%1). Was bisher gespeichert ist, bleibt erhalten, und der nächste Abgleich setzt dort fort.</translation>
    </message>
</context>
<context>
    <name>ctx::StatusLine</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation>Den Server erneut fragen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ctx::TableCopyActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation>Zeilen als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, with a header line</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren, mit Kopfzeile</translation>
    </message>
    <message>
        <source>Copy the text of the current cell</source>
        <translation>Den Text der aktuellen Zelle kopieren</translation>
    </message>
    <message>
        <source>Copy the selected contexts as a JSON array (kind, key, name, attributes; private values left out)</source>
        <translation>Die ausgewählten Kontexte als JSON-Array kopieren (Art, Schlüssel, Name, Attribute; ohne private Werte)</translation>
    </message>
    <message>
        <source>Select every loaded row</source>
        <translation>Alle geladenen Zeilen auswählen</translation>
    </message>
</context>
<context>
    <name>ctx::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>The desktop&apos;s own style and colours, light or dark as the desktop is</source>
        <translation>Stil und Farben des Desktops, hell oder dunkel wie der Desktop</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
</context>
<context>
    <name>ctx::TokenField</name>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation>Das Zugriffstoken zeigen</translation>
    </message>
    <message>
        <source>Keychain message</source>
        <translation>Meldung des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Copied with the connection — type to replace</source>
        <translation>Mit der Verbindung kopiert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Paste an access token (api-…)</source>
        <translation>Ein Zugriffstoken einfügen (api-…)</translation>
    </message>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 The app asks for it once per session, or uses LD_ACCESS_TOKEN.</source>
        <translation>%1 Die App fragt einmal pro Sitzung danach oder verwendet LD_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <source>No keychain available: the token is not saved.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ctx::VariationDialog</name>
    <message>
        <source>Change variation for %1</source>
        <translation>Variante für %1 ändern</translation>
    </message>
    <message>
        <source>Choose the value this context gets for the flag &lt;code&gt;%1&lt;/code&gt;. It is served through individual targeting.</source>
        <translation>Wählen Sie den Wert, den dieser Kontext für das Flag &lt;code&gt;%1&lt;/code&gt; erhält. Er wird über Einzel-Targeting ausgeliefert.</translation>
    </message>
    <message>
        <source>Now served:</source>
        <translation>Derzeit ausgeliefert:</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove individual targeting</source>
        <translation>Einzel-Targeting entfernen</translation>
    </message>
    <message>
        <source>&amp;Variation:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>Optional: why (shown in the audit log)</source>
        <translation>Optional: warum (erscheint im Audit-Log)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The value this context is to get for the flag</source>
        <translation>Der Wert, den dieser Kontext für das Flag erhalten soll</translation>
    </message>
</context>
<context>
    <name>ctx::detail</name>
    <message>
        <source>no data arrived for %1 seconds</source>
        <translation>seit %1 Sekunden sind keine Daten angekommen</translation>
    </message>
    <message>
        <source>the certificate of %1 was not accepted (%2)</source>
        <translation>das Zertifikat von %1 wurde nicht akzeptiert (%2)</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2)</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation>die Verbindung zu %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the host name %1 was not found</source>
        <translation>der Hostname %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the server redirected to a different address, which is not followed</source>
        <translation>der Server hat an eine andere Adresse umgeleitet, der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>the server redirected too many times</source>
        <translation>der Server hat zu oft umgeleitet</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the CA certificate file &quot;%1&quot; set for %2 could not be read (%3)</source>
        <translation>die für %2 angegebene CA-Zertifikatsdatei „%1“ konnte nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>the CA certificate file &quot;%1&quot; set for %2 holds no PEM certificate</source>
        <translation>die für %2 angegebene CA-Zertifikatsdatei „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the wait for the rate limit to pass was cancelled</source>
        <translation>das Warten auf das Ende der Ratenbegrenzung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not answer in TLS: the port may be a plain http:// one, or a proxy may be in the way</source>
        <translation>%1 hat nicht mit TLS geantwortet: Der Port ist vielleicht ein reiner http://-Port, oder ein Proxy ist im Weg</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1), which is not followed</source>
        <translation>der Server hat an eine andere Adresse umgeleitet (%1), der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>the compressed response is corrupt or expands to far more than it holds</source>
        <translation>die komprimierte Antwort ist beschädigt oder entpackt sich zu weit mehr, als sie enthält</translation>
    </message>
    <message>
        <source>the answer is not valid HTTP</source>
        <translation>die Antwort ist kein gültiges HTTP</translation>
    </message>
    <message>
        <source>the server sent a web page instead of JSON; check the server address, and whether a proxy or sign-in page is in the way</source>
        <translation>der Server hat eine Webseite statt JSON gesendet; prüfen Sie die Serveradresse und ob ein Proxy oder eine Anmeldeseite im Weg ist</translation>
    </message>
    <message>
        <source>its body could not be read (%1)</source>
        <translation>ihr Inhalt konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the response is larger than 64 MiB</source>
        <translation>die Antwort ist größer als 64 MiB</translation>
    </message>
</context>
<context>
    <name>ctx::json</name>
    <message>
        <source>%1 is not an RFC 3339 date-time</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach RFC 3339</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation>%1 ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2): %3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 is not an object (found %2)</source>
        <translation>%1 ist kein Objekt (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 is not an array (found %2)</source>
        <translation>%1 ist keine Liste (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not a string (found %2)</source>
        <translation>%1 ist kein Text (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>%1 is not an integer (found %2)</source>
        <translation>%1 ist keine ganze Zahl (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 is not a boolean (found %2)</source>
        <translation>%1 ist kein Wahrheitswert (gefunden: %2)</translation>
    </message>
    <message>
        <source>the response is not a JSON object (found %1)</source>
        <translation>die Antwort ist kein JSON-Objekt (gefunden: %1)</translation>
    </message>
</context>
</TS>
