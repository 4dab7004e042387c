# The local snapshot of an environment: its file and its sync (issues 15-17).
ctx_add_test(tst_SnapshotSync SOURCES snapshot/tst_SnapshotSync.cpp LIBS ctx_models ctx_sandbox Qt6::Sql)
