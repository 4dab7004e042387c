#pragma once

#include <QToolButton>

namespace ctx {

class KindListModel;

// "Kind: All ▾": a menu of the project's context kinds, several can be checked.
// Nothing checked means every kind. Archived kinds are listed, marked "(archived)", only
// after "Show archived kinds" (the last item) is checked.
class KindFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit KindFilterButton(KindListModel *model, QWidget *parent = nullptr);

private:
    void rebuildMenu();
    void updateText();

    KindListModel *m_model;
};

} // namespace ctx
