ctx_add_test(tst_ContextListModel SOURCES tst_ContextListModel.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_KindListModel SOURCES tst_KindListModel.cpp support/FakeContextsApi.h LIBS ctx_models)
ctx_add_test(tst_RelativeTime SOURCES tst_RelativeTime.cpp LIBS ctx_models)
ctx_add_test(tst_ListStatus SOURCES tst_ListStatus.cpp support/FakeContextsApi.h LIBS ctx_models)
