#include "AttributesSection.h"
#include "ContextDetail.h"
#include "ContextListModel.h"
#include "ContextsTab.h"
#include "DetailPane.h"
#include "DetailSection.h"
#include "FilterBar.h"
#include "ListStatusWidget.h"
#include "MainWindow.h"
#include "MainWindowOver.h"
#include "RequestLog.h"
#include "RestContextsApi.h"
#include "RestTestSupport.h"
#include "SandboxServer.h"
#include "StatusLine.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace ctx;
using namespace Qt::StringLiterals;
using Section = ContextDetail::Section;

namespace {

QStringList g_httpLines; // what the "ctx.http" category printed
QtMessageHandler g_previous = nullptr;

void captureHttp(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "ctx.http") == 0)
        g_httpLines << message;
    else if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// Bad input from the person (issue 7), in the main window over the REST client to a seeded
// in-process contexts-sandbox: huge pasted text, odd characters in filters and keys, a project
// that does not exist, an unreachable address. Each gets a clear sentence, nothing crashes, the
// rows already loaded stay, and the window still works afterwards.
class tst_PersonInput : public QObject
{
    Q_OBJECT

private:
    // The main window over the real client, as AppSession wires it.
    struct Window : MainWindowOver
    {
        Window(ContextsApi *api, const EnvironmentRef &env)
            : MainWindowOver(api, env)
        {
            start();
        }

        FilterBar *bar() const { return window.contextsTab()->filterBar(); }
        // The list's status line: its text and its error sentence.
        QString status() const
        {
            const StatusLine *line = window.statusWidget();
            return QStringList {line->text(), line->errorText()}.join(u' ').trimmed();
        }
        // Waits until the list is idle after the last query; false on a hang.
        bool waitSettled() const
        {
            return QTest::qWaitFor([this] { return !contexts.isLoading(); }, 20000);
        }
    };

    // Applies `filter` in the advanced box and waits for its first page; the rows, or -1.
    static int applyAdvanced(Window &w, const QString &filter)
    {
        QSignalSpy loaded(&w.contexts, &ContextListModel::firstPageLoaded);
        w.bar()->setAdvancedText(filter);
        if (!loaded.wait(20000) && loaded.isEmpty())
            return -1;
        return w.contexts.rowCount();
    }

    // Waits for the first page of the window's first query; its rows, or -1.
    static int firstRows(Window &w)
    {
        if (!QTest::qWaitFor([&w] { return w.contexts.firstPageDone(); }, 20000))
            return -1;
        return w.contexts.rowCount();
    }

    const EnvironmentRef m_production {u"demo"_s, u"production"_s};
    sandbox::SandboxServer m_server;
    std::unique_ptr<RestContextsApi> m_api;

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.seedContexts = 200;
        // The window as the demo shows it: a server that sorts by last seen.
        options.legacySort = true;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
        m_api = std::make_unique<RestContextsApi>(
            testsupport::connectionWith(m_server.baseUrl(), m_server.token()));
        g_previous = qInstallMessageHandler(captureHttp);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    void init() { g_httpLines.clear(); }
    void cleanup() { setRequestLogEnabled(false); }

    // 1 MB pasted into the quick search box, then into the advanced box: the box keeps what a
    // line edit holds, the server's "too long" 400 is shown under the boxes, the rows stay.
    void hugePastedText()
    {
        Window w(m_api.get(), m_production);
        const int rows = firstRows(w);
        QVERIFY(rows > 0);
        const QString firstKey = w.contexts.record(0).key;

        const QString megabyte = u"pasted text "_s.repeated((1 << 20) / 12);
        QGuiApplication::clipboard()->setText(megabyte);
        QSignalSpy errors(&w.contexts, &ContextListModel::errorOccurred);
        w.bar()->quickSearchEdit()->setFocus();
        w.bar()->quickSearchEdit()->paste();
        QVERIFY(!w.bar()->quickSearchText().isEmpty());
        w.bar()->applyNow();
        QVERIFY(errors.wait(20000) || !errors.isEmpty());
        QVERIFY(w.waitSettled());
        const QString quickMessage = w.bar()->messageText();
        qInfo().noquote() << "quick search, 1 MB pasted:" << quickMessage.left(300);
        QVERIFY2(quickMessage.contains(u"The server rejected the request (400)"_s)
                && quickMessage.contains(u"filter is too long"_s),
            qPrintable(quickMessage.left(300)));
        QCOMPARE(w.contexts.rowCount(), rows); // the rows already loaded stay
        QCOMPARE(w.contexts.record(0).key, firstKey);
        QVERIFY(w.contexts.showingPrevious());

        // Into the advanced box: a line edit keeps its first 32,767 characters, which do not
        // parse as a filter; it says where, and nothing is sent.
        w.bar()->quickSearchEdit()->clear();
        QGuiApplication::clipboard()->setText(u"key equals \""_s + megabyte + u"\""_s);
        w.bar()->advancedEdit()->setFocus();
        w.bar()->advancedEdit()->paste();
        const QString parseMessage = w.bar()->messageText();
        qInfo().noquote() << "advanced, 1 MB pasted:" << parseMessage.left(300);
        QVERIFY2(parseMessage.startsWith(u"Column "_s), qPrintable(parseMessage.left(300)));
        QVERIFY(w.bar()->errorPosition().has_value());

        // A well-formed filter longer than the server takes: its 400 under the boxes.
        QStringList keys;
        for (int i = 0; keys.join(u',').size() < 30000; ++i)
            keys << u"\"key-%1\""_s.arg(i);
        errors.clear();
        w.bar()->setAdvancedText(u"key anyOf ["_s + keys.join(u',') + u"]"_s);
        QVERIFY(errors.wait(20000) || !errors.isEmpty());
        QVERIFY(w.waitSettled());
        const QString longMessage = w.bar()->messageText();
        qInfo().noquote() << "advanced, 30,000 characters:" << longMessage.left(300);
        QVERIFY2(longMessage.contains(u"filter is too long"_s), qPrintable(longMessage.left(300)));
        QCOMPARE(w.contexts.rowCount(), rows);

        // The window still works: a good filter loads rows.
        w.bar()->clear();
        QVERIFY(w.waitSettled());
        QVERIFY(applyAdvanced(w, u"kind equals user"_s) > 0);
        QVERIFY(w.bar()->messageText().isEmpty());
    }

    // Quotes, backslashes, emoji, right-to-left text, control characters, %, /, ?, # in the
    // quick search and in an advanced filter value: the server takes the filter (no 400) and
    // answers with rows or none.
    void oddCharactersInFilters_data()
    {
        QTest::addColumn<QString>("quick");
        QTest::addColumn<QString>("advanced");
        QTest::newRow("quotes and backslashes")
            << u"say \"hi\" \\ 'x' \\\"y\\\\"_s << u"key equals \"say \\\"hi\\\" \\\\ 'x'\""_s;
        QTest::newRow("emoji and right-to-left")
            << u"\U0001F600 שלום مرحبا"_s << u"name equals \"\U0001F600 שלום مرحبا\""_s;
        QTest::newRow("control characters")
            << u"a\u0001b\u001Fc\u007Fd"_s << u"key equals \"a\\u0001b\\tc\\u007fd\""_s;
        QTest::newRow("url characters")
            << u"100% a/b?c#d&e=f+g"_s << u"user.email startsWith \"100% a/b?c#d&e=f+g\""_s;
        QTest::newRow("key prefix with url characters")
            << u"key:%2F/..?#"_s << u"key startsWith \"%2F/..?#\""_s;
    }

    void oddCharactersInFilters()
    {
        QFETCH(QString, quick);
        QFETCH(QString, advanced);
        Window w(m_api.get(), m_production);
        const int rows = firstRows(w);
        QVERIFY(rows > 0);
        QSignalSpy errors(&w.contexts, &ContextListModel::errorOccurred);

        QSignalSpy loaded(&w.contexts, &ContextListModel::firstPageLoaded);
        w.bar()->setQuickSearchText(quick);
        QVERIFY(loaded.wait(20000) || !loaded.isEmpty());
        QVERIFY(w.waitSettled());
        qInfo().noquote() << "quick search" << quick << "->" << w.bar()->filter() << "->"
                          << w.contexts.rowCount() << "rows," << w.status();
        QCOMPARE(errors.size(), 0);
        QVERIFY2(w.bar()->messageText().isEmpty(), qPrintable(w.bar()->messageText()));
        QCOMPARE(w.bar()->quickSearchText(), quick); // the box keeps what was typed

        w.bar()->setQuickSearchText(QString());
        QVERIFY(w.waitSettled());
        QVERIFY2(!w.bar()->errorPosition(), qPrintable(w.bar()->messageText()));
        const int matching = applyAdvanced(w, advanced);
        QVERIFY(matching >= 0);
        qInfo().noquote() << "advanced" << advanced << "->" << matching << "rows," << w.status();
        QCOMPARE(errors.size(), 0);
        QVERIFY2(w.bar()->messageText().isEmpty(), qPrintable(w.bar()->messageText()));
        if (matching == 0)
            QVERIFY2(w.status().contains(u"No contexts match"_s), qPrintable(w.status()));

        // Still works afterwards.
        w.bar()->clear();
        QVERIFY(w.waitSettled());
        QCOMPARE(w.contexts.rowCount() > 0, true);
    }

    // Go to context (Ctrl+K / --select) with a key full of URL characters: the details open,
    // every request carries the key encoded (never a raw "/", "?" or "#" in the path), and
    // the pane says the server has no such context.
    void oddKeyOpensTheDetails()
    {
        Window w(m_api.get(), m_production);
        const int rows = firstRows(w);
        QVERIFY(rows > 0);
        const QString firstKey = w.contexts.record(0).key;
        setRequestLogEnabled(true);
        const QString key = u"a/b?c#d e%20\"\\\U0001F600"_s;
        w.window.contextsTab()->selectContext(u"user"_s, key);
        QVERIFY(w.detail.context().has_value());
        QCOMPARE(w.detail.context()->key, key);
        QVERIFY(QTest::qWaitFor(
            [&w] {
                return !w.detail.state(Section::Versions).loading
                    && !w.detail.state(Section::Instances).loading
                    && !w.detail.state(Section::Flags).loading
                    && !w.detail.state(Section::Segments).loading;
            },
            20000));
        const QString attributes = w.window.detailPane()->attributesSection()->statusLine()->text();
        qInfo().noquote() << "go to context user:" << key << "->" << attributes;
        QVERIFY2(
            attributes.startsWith(u"The server has no such context"_s), qPrintable(attributes));
        QVERIFY(!w.detail.foundOnServer());
        for (const Section section :
            {Section::Versions, Section::Instances, Section::Flags, Section::Segments}) {
            const auto error = w.detail.state(section).error;
            QVERIFY2(!error || error->kind() != ApiError::Kind::BadRequest,
                qPrintable(error ? error->userMessage() : QString()));
        }
        // The request lines: the key's "/", "?", "#" and "%" never appear raw in a path.
        bool sawKey = false;
        for (const QString &line : std::as_const(g_httpLines)) {
            if (!line.startsWith(u"→"_s))
                continue;
            QVERIFY2(!line.contains(u"a/b?c#d"_s), qPrintable(line));
            if (line.contains(u"a%2Fb%3Fc%23d%20e%2520"_s))
                sawKey = true;
        }
        QVERIFY2(sawKey, "the versions request carries the key as one encoded segment");
        qInfo().noquote() << "requests:" << g_httpLines.filter(u"→"_s).join(u"\n  "_s);
        QVERIFY(w.contexts.rowCount() >= rows); // the list is as it was (the view may fetch more)
        QCOMPARE(w.contexts.record(0).key, firstKey);
    }

    // A project key that does not exist: the 404 sentence in the list's status line.
    void projectThatDoesNotExist()
    {
        Window w(m_api.get(), {u"no-such-project"_s, u"production"_s});
        QVERIFY(QTest::qWaitFor([&w] { return w.contexts.lastError().has_value(); }, 20000));
        QVERIFY(w.waitSettled());
        qInfo().noquote() << "project no-such-project:" << w.status();
        QVERIFY2(w.status().contains(u"did not find the project or environment (404)"_s),
            qPrintable(w.status()));
        QCOMPARE(w.contexts.rowCount(), 0);

        // Same server, a good project: the app still works.
        Window good(m_api.get(), m_production);
        QVERIFY(firstRows(good) > 0);
    }

    // An address with nothing listening: "Could not reach the server…"; a good filter later
    // tried again says the same, never crashes.
    void unreachableServer()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        RestContextsApi api(testsupport::connectionWith(
            QUrl(u"http://127.0.0.1:%1"_s.arg(port)), m_server.token()));
        Window w(&api, m_production);
        QVERIFY(QTest::qWaitFor([&w] { return w.contexts.lastError().has_value(); }, 20000));
        qInfo().noquote() << "nothing listening:" << w.status();
        QVERIFY2(w.status().contains(u"Could not reach the server"_s), qPrintable(w.status()));
        QCOMPARE(w.contexts.rowCount(), 0);
        QVERIFY(w.bar()->messageText().isEmpty()); // not a filter problem
    }

    // Malformed base URLs given to the client: refused before anything is sent, with a
    // sentence that names the address.
    void malformedBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no host") << u"http://"_s << u"is not a complete address"_s;
        QTest::newRow("bad scheme") << u"ht!tp://x"_s << u"the server address is not a valid URL"_s;
        QTest::newRow("port out of range")
            << u"http://localhost:99999"_s << u"the server address is not a valid URL"_s;
        QTest::newRow("no scheme") << u"localhost:8080"_s << u"is not a complete address"_s;
        QTest::newRow("spaces") << u"https://exa mple.com"_s
                                << u"the server address is not a valid URL"_s;
    }

    void malformedBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        RestContextsApi api(testsupport::connectionWith(QUrl(url), m_server.token()));
        Window w(&api, m_production);
        QVERIFY(QTest::qWaitFor([&w] { return w.contexts.lastError().has_value(); }, 20000));
        qInfo().noquote() << "base URL" << url << "->" << w.status();
        QVERIFY2(w.status().contains(expected), qPrintable(w.status()));
        QVERIFY(!w.status().contains(m_server.token()));
    }
};

QTEST_MAIN(tst_PersonInput)
#include "tst_PersonInput.moc"
