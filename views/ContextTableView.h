#pragma once

#include <QTableView>

namespace ctx {

class ContextListModel;

// The Contexts list table. Asks for the next page well before the last row comes
// into view, so that scrolling rarely meets the end of what is loaded.
class ContextTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ContextTableView(QWidget *parent = nullptr);

    void setContextModel(ContextListModel *model);

    // How many rows before the end the next page is requested.
    static constexpr int prefetchRows = 100;

private:
    void prefetchIfNearEnd();
    void syncSortIndicator();

    ContextListModel *m_model = nullptr;
};

} // namespace ctx
