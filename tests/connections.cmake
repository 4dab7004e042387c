ctx_add_test(tst_ConnectionStore SOURCES tst_ConnectionStore.cpp LIBS ctx_models)
ctx_add_test(tst_LdcliConfig SOURCES tst_LdcliConfig.cpp LIBS ctx_models)
ctx_add_test(tst_ConnectionSwitcher SOURCES tst_ConnectionSwitcher.cpp support/WindowFixture.h LIBS ctx_views)
ctx_add_test(tst_ConnectionsDialog SOURCES tst_ConnectionsDialog.cpp support/ConnectionsDialogFixture.h support/FakeAccountApi.h support/MemoryTokenStore.h support/FakePrompts.h LIBS ctx_views)
