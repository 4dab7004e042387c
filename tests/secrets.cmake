# secrets_scan: after every other test, no token, SDK key or mobile key in any test's log or in
# any settings file the tests wrote (tests/scan-secrets.sh). Deferred to the end of this
# directory so that it depends on every test the other fragments add.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/logs)
function(ctx_add_secrets_scan)
  get_property(all DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTY TESTS)
  add_test(NAME secrets_scan COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scan-secrets.sh
    ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/logs ${CMAKE_CURRENT_BINARY_DIR}/config)
  set_tests_properties(secrets_scan PROPERTIES DEPENDS "${all}" TIMEOUT 60)
endfunction()
cmake_language(DEFER CALL ctx_add_secrets_scan)
