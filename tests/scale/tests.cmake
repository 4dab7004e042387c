# The sandbox at scale (issue 6): keyset paging and its cursors, the bulk seeder's fast JSON, and
# seeding or reusing a database file. Behaviour only: the figures are bench/'s.
ctx_add_test(tst_SandboxKeyset SOURCES scale/tst_SandboxKeyset.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxSeedRenderer SOURCES scale/tst_SandboxSeedRenderer.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxSeedFile SOURCES scale/tst_SandboxSeedFile.cpp LIBS Qt6::Sql)
target_compile_definitions(tst_SandboxSeedFile PRIVATE SANDBOX_EXE="$<TARGET_FILE:contexts-sandbox>")
add_dependencies(tst_SandboxSeedFile contexts-sandbox)
