# Transport: rate-limit retries, the request throttle, TLS (extra CA file), proxies.
ctx_add_test(tst_RetryPolicy SOURCES transport/tst_RetryPolicy.cpp LIBS ctx_api)
ctx_add_test(tst_RestRateLimit SOURCES transport/tst_RestRateLimit.cpp LIBS ctx_api Qt6::Network)
ctx_add_test(tst_RestTls SOURCES transport/tst_RestTls.cpp LIBS ctx_api Qt6::Network)
ctx_add_test(tst_ListStatusWidget SOURCES transport/tst_ListStatusWidget.cpp support/FakeContextsApi.h LIBS ctx_views Qt6::Network)
