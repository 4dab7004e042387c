#pragma once

#include "UserPrompts.h"

#include <QList>

// Answers the views' questions without a modal dialog, and records what was asked.
class FakePrompts : public ctx::UserPrompts
{
public:
    bool confirmDelete(QWidget *, const ctx::DeleteConfirmation &what) override
    {
        deleteQuestions.append(what);
        return answerDelete;
    }
    std::optional<ctx::VariationChoice> chooseVariation(QWidget *, const ctx::FlagEvaluation &flag,
        const QList<ctx::FlagVariation> &variations) override
    {
        variationQuestions.append(flag.key);
        offeredVariations = variations;
        return variationAnswer;
    }
    void inform(QWidget *, const QString &title, const QString &text) override
    {
        informed.append(title + QStringLiteral(": ") + text);
    }
    bool confirm(QWidget *, const QString &title, const QString &text) override
    {
        confirmQuestions.append(title + QStringLiteral(": ") + text);
        return answerConfirm;
    }
    std::optional<ctx::KindEdit> editKind(QWidget *,
        const std::optional<ctx::ContextKind> &existing, const QStringList &takenKeys) override
    {
        kindQuestions.append(existing);
        offeredTakenKeys = takenKeys;
        return kindAnswer;
    }

    std::optional<QString> askText(
        QWidget *, const QString &title, const QString &, const QString &initial) override
    {
        textQuestions.append(title + QStringLiteral(" [") + initial + QStringLiteral("]"));
        return textAnswer;
    }
    QString chooseSaveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveFileAnswer;
    }
    QString chooseOpenFile(QWidget *, const QString &, const QString &) override
    {
        return openFileAnswer;
    }
    std::optional<QString> askToken(const QString &connectionName, const QString &reason) override
    {
        tokenQuestions.append(connectionName + QStringLiteral(": ") + reason);
        return tokenAnswer;
    }

    std::optional<QString> textAnswer;
    QStringList textQuestions;
    QString saveFileAnswer;
    QString openFileAnswer;
    bool answerDelete = false;
    std::optional<ctx::VariationChoice> variationAnswer;
    QList<ctx::DeleteConfirmation> deleteQuestions;
    QStringList variationQuestions;
    QList<ctx::FlagVariation> offeredVariations;
    QStringList informed;
    bool answerConfirm = false;
    QStringList confirmQuestions; // "title: text"
    std::optional<ctx::KindEdit> kindAnswer;
    QList<std::optional<ctx::ContextKind>> kindQuestions; // empty: "New kind"
    QStringList offeredTakenKeys;
    std::optional<QString> tokenAnswer; // askToken's answer; empty: cancelled
    QStringList tokenQuestions; // "connection name: reason"
};
