# Reliability: bad input from the server, each case against tests/support/FaultServer
# (docs/RELIABILITY.md lists the cases and the tests that prove them).

# The list model (a page loaded, then the fault on the next page or a reload); the detail
# pane's sections, delete, variations and the kinds list; every call against every error
# status and unreadable bodies; transport faults (TLS, redirects, huge bodies, framing).
ctx_add_test(tst_BadServerList SOURCES reliability/tst_BadServerList.cpp support/FaultServerChecks.h LIBS ctx_models)
ctx_add_test(tst_BadServerTransport SOURCES reliability/tst_BadServerTransport.cpp support/FaultServerChecks.h LIBS ctx_api)
ctx_add_test(tst_BadServerStatus SOURCES reliability/tst_BadServerStatus.cpp support/FaultServerChecks.h LIBS ctx_api)
ctx_add_test(tst_BadServerDetail SOURCES reliability/tst_BadServerDetail.cpp support/FaultServerChecks.h LIBS ctx_models)

# Hundreds of rows each; under ASan they take several times as long as in the normal build.
set_tests_properties(tst_BadServerList tst_BadServerStatus tst_BadServerDetail tst_BadServerTransport
  PROPERTIES TIMEOUT 300)
