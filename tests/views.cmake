ctx_add_test(tst_ContextTableView SOURCES tst_ContextTableView.cpp support/FakeContextsApi.h LIBS ctx_views)
ctx_add_test(tst_MainWindow SOURCES tst_MainWindow.cpp support/FakeContextsApi.h support/FakePrompts.h LIBS ctx_views)
ctx_add_test(tst_DetailPane SOURCES tst_DetailPane.cpp support/FakeContextsApi.h support/FakePrompts.h LIBS ctx_views)
ctx_add_test(tst_DeleteInstanceDialog SOURCES tst_DeleteInstanceDialog.cpp LIBS ctx_views)
