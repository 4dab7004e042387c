#pragma once

#include <QCoreApplication>
#include <QString>

namespace ctx {

class ContextListModel;

// The status line's text for the Contexts list, derived from the model's state.
struct ListStatus
{
    QString text; // "250 of 5,012 contexts loaded", "Loading contexts…"
    QString errorText; // a sentence when the last request failed; empty otherwise
    bool loading = false;

    static ListStatus of(const ContextListModel &model);

    Q_DECLARE_TR_FUNCTIONS(ctx::ListStatus)
};

} // namespace ctx
