#pragma once

#include "ContextQuery.h"

#include <QKeySequence>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QToolButton;

namespace ctx {

class AttributeCatalog;
class ContextsApi;
class FilterBuilderWidget;

// The filter row above the Contexts list:
//   [quick search…] [Filter…] [advanced filter text…]
//   <message: a filter text error with its column, or the server's 400 message>
//   <builder panel, shown by Filter…>
//
// - Quick search: free text or key:/name:/kind.attribute: prefixes (QuickSearch), with a
//   clear button; applied 300 ms after the last keystroke.
// - Advanced: the filter text in the API grammar, kept in step with the builder both
//   ways. It is checked as the person types: a text that does not parse shows
//   "Column N: <message>", a marker that selects the offending place, and is not applied
//   (the last good one stays); a valid text is applied after the same debounce.
// - Enter applies at once. Escape in the quick search box clears it; in the advanced box it
//   first reverts an edit not applied yet (or a text that does not parse) to the filter in
//   force, and clears that on the next Escape; both apply at once. On an empty box Escape is
//   left to others and does nothing here.
// - Keys given to leaveToWindow() (Ctrl+K "Go to context") reach the window's shortcuts
//   even from the boxes, instead of the line edit's own meaning (delete to end of line).
//
// filterChanged() carries quick search AND advanced as one filter (filter::print of an
// And, so an OR is parenthesised), for ContextQuery::filter. It is emitted only when that
// combined filter changes.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 300;

    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // Attribute names for the builder's field boxes; may be null.
    void setAttributeCatalog(AttributeCatalog *catalog);
    // Where the builder's value suggestions come from; the api may be null.
    void setApi(ContextsApi *api, const EnvironmentRef &environment);

    // Shortcuts the boxes do not take for themselves.
    void leaveToWindow(const QList<QKeySequence> &keys);

    // The combined filter last emitted ("" when none).
    QString filter() const { return m_emitted; }
    QString quickSearchText() const;
    QString advancedText() const;
    // Sets the boxes (e.g. restoring a saved view) and applies at once.
    void setQuickSearchText(const QString &text);
    void setAdvancedText(const QString &text);

    // The advanced text's parse error position (0-based), or nullopt when it parses.
    std::optional<int> errorPosition() const { return m_errorPosition; }
    // The text under the boxes: a filter text error, or the server's message.
    QString messageText() const;

    QLineEdit *quickSearchEdit() const { return m_quick; }
    QLineEdit *advancedEdit() const { return m_advanced; }
    QToolButton *builderButton() const { return m_builderButton; }
    // The builder panel; it lives in this widget's layout, but may be moved to another one.
    FilterBuilderWidget *builderPanel() const { return m_builder; }

    // Combines two filters with AND: "" when both are empty, one of them when the other is.
    static QString combine(const QString &first, const QString &second);

public slots:
    // The server's sentence about the last filter (a 400), shown under the boxes until the
    // next change; an empty sentence clears it.
    void setServerError(const QString &sentence);
    // Ctrl+F: puts the cursor in the quick search box, its text selected.
    void focusQuickSearch();
    // Applies what the boxes hold now (Enter does this).
    void applyNow();
    // Empties both boxes and the builder, and applies.
    void clear();

signals:
    void filterChanged(const QString &combinedFilter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onQuickTextChanged();
    void onAdvancedTextChanged();
    void onBuilderEdited(const QString &text);
    void validateAdvanced();
    void showErrorPlace();
    void updateMessage();
    void updateBuilderButton();

    QLineEdit *m_quick;
    QToolButton *m_builderButton;
    QLineEdit *m_advanced;
    QAction *m_errorAction;
    QLabel *m_message;
    FilterBuilderWidget *m_builder;
    QTimer m_debounce;
    QString m_appliedAdvanced; // the last advanced text that parsed, printed canonically
    QString m_emitted;
    QString m_parseError; // "Column N: message", or empty
    std::optional<int> m_errorPosition;
    QString m_serverError;
    bool m_fromBuilder = false;
    QString m_appliedAdvancedText; // the advanced box's text when it was last applied
    QList<QKeySequence> m_windowKeys;
};

} // namespace ctx
