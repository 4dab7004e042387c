# Reliability: bad input from the server, each case against tests/support/FaultServer
# (docs/RELIABILITY.md lists the cases and the tests that prove them).
add_library(ctx_test_faultserver STATIC
  support/FaultServer.h support/FaultServer.cpp
  support/FakeHttpServer.h support/FakeHttpServer.cpp)
target_link_libraries(ctx_test_faultserver PUBLIC Qt6::Network)
target_include_directories(ctx_test_faultserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
ctx_configure_target(ctx_test_faultserver)

# The list model (a page loaded, then the fault on the next page or a reload); the detail
# pane's sections, delete, variations and the kinds list; every call against every error
# status and unreadable bodies; transport faults (TLS, redirects, huge bodies, framing).
ctx_add_test(tst_BadServerList SOURCES tst_BadServerList.cpp support/FaultServerChecks.h LIBS ctx_models ctx_test_faultserver)
ctx_add_test(tst_BadServerTransport SOURCES tst_BadServerTransport.cpp support/FaultServerChecks.h LIBS ctx_api ctx_test_faultserver)
ctx_add_test(tst_BadServerStatus SOURCES tst_BadServerStatus.cpp support/FaultServerChecks.h LIBS ctx_api ctx_test_faultserver)
ctx_add_test(tst_BadServerDetail SOURCES tst_BadServerDetail.cpp support/FaultServerChecks.h LIBS ctx_models ctx_test_faultserver)

# Hundreds of rows each; under ASan they take several times as long as in the normal build.
set_tests_properties(tst_BadServerList tst_BadServerStatus tst_BadServerDetail tst_BadServerTransport
  PROPERTIES TIMEOUT 300)
