# Keyboard, copy, help and last-seen freshness (issue 8).
ctx_add_test(tst_TableCopy SOURCES keyboard/tst_TableCopy.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_LastSeenFreshness SOURCES keyboard/tst_LastSeenFreshness.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_MainWindowKeyboard SOURCES keyboard/tst_MainWindowKeyboard.cpp support/WindowFixture.h LIBS ctx_views)
ctx_add_test(tst_GoToContextDialog SOURCES keyboard/tst_GoToContextDialog.cpp support/WindowFixture.h LIBS ctx_views)
ctx_add_test(tst_ShortcutsDialog SOURCES keyboard/tst_ShortcutsDialog.cpp support/WindowFixture.h LIBS ctx_views)
