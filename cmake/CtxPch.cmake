# Precompiled headers (CTX_PCH, on by default): the Qt and standard library headers that a
# layer's sources include most are parsed once per library instead of once per source file.
#   ctx_precompile(<target> [<extra headers>...])   the target's own precompiled header
#   ctx_reuse_precompiled(<target> <from>)          use <from>'s (same flags; the tests)
# A header in the list is visible to every source of the target, but the layers stay what the
# links make them: a call into a module the target does not link does not link.
option(CTX_PCH "Precompile the common Qt and standard library headers" ON)

set(CTX_PCH_CORE
  <algorithm> <functional> <memory> <optional> <utility> <vector>
  <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument>
  <QJsonObject> <QJsonValue> <QList> <QObject> <QPointer> <QRegularExpression> <QString>
  <QStringList> <QTimer> <QUrl>)
set(CTX_PCH_WIDGETS
  <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QHBoxLayout>
  <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QPushButton> <QStyle> <QTableView>
  <QToolButton> <QVBoxLayout> <QWidget>)

function(ctx_precompile target)
  if(CTX_PCH)
    target_precompile_headers(${target} PRIVATE ${CTX_PCH_CORE} ${ARGN})
  endif()
endfunction()

function(ctx_reuse_precompiled target from)
  if(CTX_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
