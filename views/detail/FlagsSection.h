#pragma once

#include "DetailSection.h"

class QLineEdit;
class QPushButton;
class QTableView;

namespace ctx {

class FlagFilterProxyModel;
class UserPrompts;

// Expected flag variations: what each flag serves this context and why, filterable; for a
// single-kind context the admin can change the variation it gets (individual targeting).
class FlagsSection : public DetailSection
{
    Q_OBJECT
public:
    FlagsSection(ContextDetail *detail, UserPrompts *prompts, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *changeButton() const { return m_change; }

    // Asks for the selected flag's variations, then the person's choice, then saves it.
    void changeVariation();

protected:
    QString loadedText() const override;
    void sectionUpdated() override;

private:
    QString selectedFlagKey() const;
    void updateButton();

    UserPrompts *m_prompts;
    FlagFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_change;
    StatusLine *m_writeStatus; // the outcome of the last change, beside its button
    QString m_pendingFlag; // the flag whose variations are being fetched
};

} // namespace ctx
