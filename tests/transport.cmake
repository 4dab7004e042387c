# Transport: rate-limit retries, the request throttle, TLS (extra CA file), proxies.
ctx_add_test(tst_RetryPolicy SOURCES tst_RetryPolicy.cpp LIBS ctx_api)
ctx_add_test(tst_RestRateLimit SOURCES tst_RestRateLimit.cpp LIBS ctx_api Qt6::Network)
ctx_add_test(tst_RestTls SOURCES tst_RestTls.cpp LIBS ctx_api Qt6::Network)
ctx_add_test(tst_ListStatusWidget SOURCES tst_ListStatusWidget.cpp support/FakeContextsApi.h LIBS ctx_views Qt6::Network)
