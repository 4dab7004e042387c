ctx_add_test(tst_AppOptions SOURCES app/tst_AppOptions.cpp LIBS ctx_app)

# The real executable, offscreen.
ctx_add_test(tst_Screenshot SOURCES app/tst_Screenshot.cpp LIBS Qt6::Gui)
target_compile_definitions(tst_Screenshot PRIVATE CONTEXTS_BROWSER_EXE="$<TARGET_FILE:contexts-browser>")
add_dependencies(tst_Screenshot contexts-browser)

# `contexts-browser export`: options in-process, then the real executable.
ctx_add_test(tst_ExportCommand SOURCES app/tst_ExportCommand.cpp support/SandboxTestClient.h
             LIBS ctx_app ctx_sandbox Qt6::Network)
target_compile_definitions(tst_ExportCommand PRIVATE CONTEXTS_BROWSER_EXE="$<TARGET_FILE:contexts-browser>")
add_dependencies(tst_ExportCommand contexts-browser)
ctx_add_test(tst_AppSession SOURCES app/tst_AppSession.cpp support/FakePrompts.h support/MemoryTokenStore.h
             LIBS ctx_app ctx_sandbox)
# The keychain for real: a private session bus and GNOME Keyring started by the test, and a
# machine with no session bus at all.
ctx_add_test(tst_KeychainTokenStore SOURCES app/tst_KeychainTokenStore.cpp support/TokenStoreChecks.h
             LIBS ctx_app)
ctx_add_test(tst_KeychainNoBus SOURCES app/tst_KeychainNoBus.cpp support/TokenStoreChecks.h LIBS ctx_app)
