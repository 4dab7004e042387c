# The account-level calls behind the Connections dialog: projects, caller identity,
# environment (decoder, REST calls, picker models, connection test).
ctx_add_test(tst_AccountDecoder SOURCES account/tst_AccountDecoder.cpp LIBS ctx_api ctx_api_internal)
ctx_add_test(tst_RestAccountCalls SOURCES account/tst_RestAccountCalls.cpp LIBS ctx_api Qt6::Network)
ctx_add_test(tst_ProjectListModel SOURCES account/tst_ProjectListModel.cpp support/FakeAccountApi.h LIBS ctx_models)
ctx_add_test(tst_ConnectionTester SOURCES account/tst_ConnectionTester.cpp support/FakeAccountApi.h LIBS ctx_models Qt6::Network)
