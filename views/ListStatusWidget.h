#pragma once

#include "StatusLine.h"

namespace ctx {

class ContextListModel;

// The list's status line: rows loaded, the total when known, loading, and errors with a
// Retry that asks for the failed page again.
class ListStatusWidget : public StatusLine
{
    Q_OBJECT
public:
    explicit ListStatusWidget(ContextListModel *model, QWidget *parent = nullptr);

private:
    void refresh();

    ContextListModel *m_model;
};

} // namespace ctx
