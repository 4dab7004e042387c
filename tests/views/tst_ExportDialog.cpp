#include "ExportDialog.h"
#include "FakeContextsApi.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ctx;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private:
    const EnvironmentRef env {QStringLiteral("demo"), QStringLiteral("production")};

    static QPushButton *button(ExportDialog *dialog, QDialogButtonBox::StandardButton which)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(which);
    }

private slots:
    void noFileChosenExportsNothing()
    {
        QWidget parent;
        FakeContextsApi api;
        QString suggested;
        ExportDialog *dialog = ExportDialog::run(&parent, &api, env, ContextQuery(), {},
            [&](QWidget *, const QString &path) -> std::optional<ExportDestination> {
                suggested = path;
                return std::nullopt;
            });
        QVERIFY(!dialog);
        QVERIFY(api.searches.isEmpty());
        QVERIFY(suggested.endsWith(QStringLiteral("contexts-demo-production.csv")));
    }

    void exportsEveryPageShowingTheCount()
    {
        QWidget parent;
        FakeContextsApi api;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        ContextQuery query;
        query.kinds = {QStringLiteral("user")};
        const QPointer<ExportDialog> dialog = ExportDialog::run(&parent, &api, env, query,
            {ContextColumn::of(ContextColumn::Builtin::Key)}, [&](QWidget *, const QString &) {
                return std::optional<ExportDestination>({path, ExportFormat::JsonLines});
            });
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QVERIFY(dialog->isRunning());
        QCOMPARE(api.searches.size(), 1);
        QCOMPARE(api.searches[0].query.kinds, query.kinds);
        QVERIFY(button(dialog, QDialogButtonBox::Cancel));

        api.replySearch(0, makePage(0, 50, QStringLiteral("c1"), 3'000'000));
        QCOMPARE(dialog->progressLabelText(),
            ExportDialog::progressText(50, std::optional<qint64>(3'000'000)));
        QCOMPARE(dialog->progressLabelText(),
            QStringLiteral("50 of ~%1 contexts").arg(QLocale().toString(qint64(3'000'000))));
        QVERIFY(QTest::qWaitFor([&] { return api.searches.size() == 2; }, 5000));
        api.replySearch(1, makePage(50, 10, QString(), 3'000'000));
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Exported 60 contexts")),
            qPrintable(dialog->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 60);
        QVERIFY(!button(dialog, QDialogButtonBox::Cancel));
        QPushButton *close = button(dialog, QDialogButtonBox::Close);
        QVERIFY(close);
        close->click();
        QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, 5000)); // deletes itself
    }

    void cancelStopsAndLeavesNoFile()
    {
        QWidget parent;
        FakeContextsApi api;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const QPointer<ExportDialog> dialog = ExportDialog::run(&parent, &api, env, ContextQuery(),
            ContextColumn::defaults(), [&](QWidget *, const QString &) {
                return std::optional<ExportDestination>({path, ExportFormat::Csv});
            });
        QVERIFY(dialog);
        api.replySearch(0, makePage(0, 50, QStringLiteral("c1")));
        QCOMPARE(dialog->progressLabelText(), QStringLiteral("50 contexts"));
        QVERIFY(QTest::qWaitFor([&] { return api.searches.size() == 2; }, 5000));
        button(dialog, QDialogButtonBox::Cancel)->click();
        QVERIFY(api.isCancelled(1));
        QVERIFY(QTest::qWaitFor([&] { return dialog.isNull(); }, 5000));
        QVERIFY(!QFile::exists(path));
    }

    void aFailureIsShownAndNoFileSaved()
    {
        FakeContextsApi api;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        ExportDialog dialog(&api);
        ExportRequest request;
        request.environment = env;
        request.columns = ContextColumn::defaults();
        dialog.start(request, path);
        const ApiError error(
            ApiError::Kind::BadRequest, QStringLiteral("unknown field \"x\""), 400);
        api.replySearch(0, error);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 5000));
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.statusText().contains(error.userMessage()); }, 5000));
        QVERIFY(dialog.statusText().contains(QStringLiteral("no file was saved")));
        QVERIFY(button(&dialog, QDialogButtonBox::Close));
        QVERIFY(!QFile::exists(path));
    }

    void progressTextWithoutAUsableTotal()
    {
        QCOMPARE(ExportDialog::progressText(5, std::nullopt), QStringLiteral("5 contexts"));
        QCOMPARE(ExportDialog::progressText(7, std::optional<qint64>(6)),
            QStringLiteral("7 contexts")); // the approximate total was too low
        QCOMPARE(
            ExportDialog::progressText(0, std::optional<qint64>(0)), QStringLiteral("0 contexts"));
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_ExportDialog.moc"
