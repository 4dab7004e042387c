#include "DeleteInstanceDialog.h"
#include "VariationDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ctx;

class tst_DeleteInstanceDialog : public QObject
{
    Q_OBJECT

private:
    static DeleteConfirmation what(bool production)
    {
        DeleteConfirmation w;
        w.instanceId = QStringLiteral("b3JnOmxhdW5jaGRhcmtseQ");
        w.kindKeys = {QStringLiteral("user:anna"), QStringLiteral("organization:org-<1>")};
        w.environment = QStringLiteral("demo / production");
        w.production = production;
        w.contextKey = QStringLiteral("anna");
        return w;
    }

private slots:
    void namesTheInstanceAndDefaultsToCancel()
    {
        DeleteInstanceDialog dialog(what(false));
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("deleteText"))->text();
        QVERIFY(text.contains(QStringLiteral("b3JnOmxhdW5jaGRhcmtseQ")));
        QVERIFY(text.contains(QStringLiteral("user:anna")));
        QVERIFY(text.contains(QStringLiteral("organization:org-&lt;1&gt;"))); // escaped
        QVERIFY(text.contains(QStringLiteral("demo / production")));
        QVERIFY(text.contains(QStringLiteral("Every version")));
        QVERIFY(dialog.cancelButton()->isDefault());
        QVERIFY(!dialog.deleteButton()->isDefault());
        QVERIFY(dialog.deleteButton()->isEnabled());
        QVERIFY(!dialog.confirmationEdit());
        // Enter picks the default button: Cancel.
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void productionNeedsTheKeyTyped()
    {
        DeleteInstanceDialog dialog(what(true));
        QLineEdit *typed = dialog.confirmationEdit();
        QVERIFY(typed);
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("ann"));
        QVERIFY(!dialog.deleteButton()->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("a"));
        QVERIFY(dialog.deleteButton()->isEnabled());
        QTest::keyClicks(typed, QStringLiteral(" "));
        QVERIFY(!dialog.deleteButton()->isEnabled());
    }

    void variationDialogOffersValuesAndClear()
    {
        FlagEvaluation flag;
        flag.key = QStringLiteral("color");
        flag.name = QStringLiteral("Color");
        flag.valueJson = "\"blue\"";
        FlagVariation red;
        red.valueJson = "\"red\"";
        red.name = QStringLiteral("Red");
        FlagVariation blue;
        blue.valueJson = "\"blue\"";
        VariationDialog dialog(flag, {red, blue});
        QCOMPARE(dialog.valueBox()->count(), 3);
        QCOMPARE(dialog.valueBox()->currentIndex(), 1); // what is served now
        dialog.valueBox()->setCurrentIndex(0);
        dialog.commentEdit()->setText(QStringLiteral("  ticket 42 "));
        QCOMPARE(dialog.choice().valueJson, std::optional<QByteArray>("\"red\""));
        QCOMPARE(dialog.choice().comment, QStringLiteral("ticket 42"));
        dialog.valueBox()->setCurrentIndex(2);
        QVERIFY(!dialog.choice().valueJson.has_value()); // clears individual targeting
    }
};

QTEST_MAIN(tst_DeleteInstanceDialog)
#include "tst_DeleteInstanceDialog.moc"
