# Account routes and the sort modes (--legacy-sort) of the sandbox, and the conformance test that puts
# Stoplight Prism (tests/conformance, installed by scripts/install-deps) between the REST
# client and the sandbox (docs/CONFORMANCE.md).
ctx_add_test(tst_SandboxAccount SOURCES conformance/tst_SandboxAccount.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxSortModes SOURCES conformance/tst_SandboxSortModes.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)

# Prism is started by the test itself; the spec is the copy in tests/data (a clone of the repo
# alone has it). Loading the spec takes Prism several seconds, hence the longer timeout.
ctx_add_test(tst_Conformance SOURCES conformance/tst_Conformance.cpp conformance/PrismTap.h
             conformance/PrismTap.cpp LIBS ctx_api ctx_sandbox Qt6::Network)
target_include_directories(tst_Conformance PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/conformance)
target_compile_definitions(tst_Conformance PRIVATE
  CTX_PRISM="${CMAKE_CURRENT_SOURCE_DIR}/conformance/node_modules/.bin/prism"
  CTX_OPENAPI_SPEC="${CMAKE_CURRENT_SOURCE_DIR}/data/launchdarkly-openapi.json")
set_tests_properties(tst_Conformance PROPERTIES TIMEOUT 240)
