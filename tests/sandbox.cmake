ctx_add_test(tst_SandboxCursor SOURCES tst_SandboxCursor.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxFilterSql SOURCES tst_SandboxFilterSql.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxServer SOURCES tst_SandboxServer.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxSearch SOURCES tst_SandboxSearch.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)

# The real executable: started with QProcess, first stdout line read as its URL.
ctx_add_test(tst_SandboxExecutable SOURCES tst_SandboxExecutable.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
target_compile_definitions(tst_SandboxExecutable PRIVATE
  SANDBOX_EXE="$<TARGET_FILE:contexts-sandbox>")
add_dependencies(tst_SandboxExecutable contexts-sandbox)
ctx_add_test(tst_SandboxDetail SOURCES tst_SandboxDetail.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxEvaluation SOURCES tst_SandboxEvaluation.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxEvaluator SOURCES tst_SandboxEvaluator.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxFilterGrammar SOURCES tst_SandboxFilterGrammar.cpp LIBS ctx_sandbox)
ctx_add_test(tst_SandboxAttributes SOURCES tst_SandboxAttributes.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
ctx_add_test(tst_SandboxKinds SOURCES tst_SandboxKinds.cpp support/SandboxTestClient.h
             LIBS ctx_sandbox Qt6::Network)
