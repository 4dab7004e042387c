# Keyboard, copy, help and last-seen freshness (issue 8).
ctx_add_test(tst_TableCopy SOURCES tst_TableCopy.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_LastSeenFreshness SOURCES tst_LastSeenFreshness.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_MainWindowKeyboard SOURCES tst_MainWindowKeyboard.cpp support/WindowFixture.h LIBS ctx_views)
ctx_add_test(tst_GoToContextDialog SOURCES tst_GoToContextDialog.cpp support/WindowFixture.h LIBS ctx_views)
ctx_add_test(tst_ShortcutsDialog SOURCES tst_ShortcutsDialog.cpp support/WindowFixture.h LIBS ctx_views)
