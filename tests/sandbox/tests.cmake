ctx_add_test(tst_SandboxCursor SOURCES sandbox/tst_SandboxCursor.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxFilterSql SOURCES sandbox/tst_SandboxFilterSql.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxServer SOURCES sandbox/tst_SandboxServer.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxSearch SOURCES sandbox/tst_SandboxSearch.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)

# The real executable: started with QProcess, first stdout line read as its URL.
ctx_add_test(tst_SandboxExecutable SOURCES sandbox/tst_SandboxExecutable.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
target_compile_definitions(tst_SandboxExecutable PRIVATE
  SANDBOX_EXE="$<TARGET_FILE:contexts-sandbox>")
add_dependencies(tst_SandboxExecutable contexts-sandbox)
ctx_add_test(tst_SandboxDetail SOURCES sandbox/tst_SandboxDetail.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxEvaluation SOURCES sandbox/tst_SandboxEvaluation.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxEvaluator SOURCES sandbox/tst_SandboxEvaluator.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxFilterGrammar SOURCES sandbox/tst_SandboxFilterGrammar.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxAttributes SOURCES sandbox/tst_SandboxAttributes.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxKinds SOURCES sandbox/tst_SandboxKinds.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)

# The sandbox's fault switch and request limits (docs/RELIABILITY.md, "Sandbox fault
# injection"): in process, through the executable (--fault, --listen), and the delete flow of
# the main window against a sandbox that refuses the DELETE.
ctx_add_test(tst_SandboxFaults SOURCES sandbox/tst_SandboxFaults.cpp support/SandboxFetch.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxImport SOURCES sandbox/tst_SandboxImport.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxRateLimit SOURCES sandbox/tst_SandboxRateLimit.cpp support/SandboxFetch.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxLimits SOURCES sandbox/tst_SandboxLimits.cpp support/SandboxFetch.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxFaultOptions SOURCES sandbox/tst_SandboxFaultOptions.cpp support/SandboxFetch.h
             LIBS Qt6::Network)
target_compile_definitions(tst_SandboxFaultOptions PRIVATE
  SANDBOX_EXE="$<TARGET_FILE:contexts-sandbox>")
add_dependencies(tst_SandboxFaultOptions contexts-sandbox)
ctx_add_test(tst_DeleteFlowFaults SOURCES sandbox/tst_DeleteFlowFaults.cpp support/SandboxFetch.h
             support/FakePrompts.h support/RestTestSupport.h LIBS ctx_views ctx_sandbox)
ctx_add_test(tst_PersonInput SOURCES sandbox/tst_PersonInput.cpp support/FakePrompts.h
             support/RestTestSupport.h LIBS ctx_views ctx_sandbox)
