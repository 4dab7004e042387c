#include "ConnectionForm.h"

#include "Connection.h"
#include "ConnectionSwitcher.h"
#include "ConnectionTester.h"
#include "EnvironmentPicker.h"
#include "TokenField.h"
#include "UserPrompts.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ctx {

namespace {
const QString defaultColor = QStringLiteral("#3d8bfd");

QLabel *noteLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setVisible(false);
    return label;
}

void showNote(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

ConnectionForm::ConnectionForm(const AppModels &models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_demoNote(noteLabel("demoNote", this))
    , m_name(new QLineEdit(this))
    , m_instance(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlError(noteLabel("urlError", this))
    , m_token(new TokenField(models.tokens, this))
    , m_picker(new EnvironmentPicker(this))
    , m_caFile(new QLineEdit(this))
    , m_browseCa(new QPushButton(tr("&Browse…"), this))
    , m_colorButton(new QPushButton(tr("Co&lour…"), this))
    , m_production(new QCheckBox(tr("&Production: stronger delete confirmation and a badge"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testIcon(new QLabel(this))
    , m_testResult(noteLabel("testResult", this))
    , m_tester(new ConnectionTester(this))
{
    build();
    m_picker->setApiProvider([this](QString *why) { return api(why); });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionForm::showTestResult);
    setProfile({});
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::build()
{
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setPlaceholderText(tr("e.g. Production (EU)"));
    m_instance->setObjectName(QStringLiteral("instance"));
    m_instance->setAccessibleName(tr("LaunchDarkly instance"));
    m_instance->setToolTip(tr("Where the LaunchDarkly account lives: Commercial, EU, Federal, or "
                              "a custom address"));
    const QList<KnownInstance> instances = knownInstances();
    for (const KnownInstance &instance : instances)
        m_instance->addItem(instance.name, instance.baseUrl.toString());
    m_instance->addItem(tr("Custom…"), QString());
    m_url->setObjectName(QStringLiteral("baseUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(tr("https://…"));
    m_urlError->setAccessibleName(tr("Address problem"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA certificates file"));
    m_caFile->setPlaceholderText(tr("Optional: extra CA certificates (PEM)"));
    m_browseCa->setObjectName(QStringLiteral("browseCaFile"));
    m_browseCa->setAccessibleName(tr("Choose a CA certificates file"));
    m_colorButton->setObjectName(QStringLiteral("chooseColor"));
    m_production->setObjectName(QStringLiteral("production"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setToolTip(tr("Check the token, its account and access, and the project and "
                          "environment, without saving anything"));
    m_testIcon->setObjectName(QStringLiteral("testIcon"));
    m_testResult->setAccessibleName(tr("Test result"));
    for (QPushButton *button : {m_browseCa, m_colorButton, m_test})
        button->setAutoDefault(false); // Enter in a field does not press them

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    const auto row = [](std::initializer_list<QWidget *> widgets, int stretchIndex) {
        auto *box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        int i = 0;
        for (QWidget *widget : widgets)
            box->addWidget(widget, i++ == stretchIndex ? 1 : 0);
        return box;
    };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_demoNote);
    form->addRow(label(tr("&Name:"), m_name), m_name);
    form->addRow(label(tr("Instan&ce:"), m_instance), m_instance);
    // A field and the note under it, as one row (the label stays level with the field).
    const auto withNote = [](QLayout *field, QLabel *note) {
        auto *box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addLayout(field);
        box->addWidget(note);
        return box;
    };
    form->addRow(label(tr("&URL:"), m_url), withNote(row({m_url}, 0), m_urlError));
    form->addRow(label(tr("Access to&ken:"), m_token->edit()),
        withNote(row({m_token->edit(), m_token->showButton()}, 0), m_token->note()));
    form->addRow(m_picker->projectLabel(),
        withNote(row({m_picker->projectBox()}, 0), m_picker->statusLabel()));
    form->addRow(m_picker->environmentLabel(), m_picker->environmentBox());
    form->addRow(label(tr("CA &file:"), m_caFile), row({m_caFile, m_browseCa}, 0));
    m_colorButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(label(tr("Colour:"), m_colorButton), row({m_colorButton}, -1));
    form->addRow(QString(), m_production);
    m_testIcon->setVisible(false);
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(QString(), row({m_test}, -1));
    auto *resultRow = row({m_testIcon, m_testResult}, 1);
    resultRow->setAlignment(m_testIcon, Qt::AlignTop);
    form->addRow(QString(), resultRow);
    m_editable = {m_name, m_instance, m_url, m_token->edit(), m_token->showButton(), m_caFile,
        m_browseCa, m_colorButton, m_production, m_test};

    const auto changed = [this] {
        if (m_loading)
            return;
        validate();
        emit edited();
    };
    const auto serverChanged = [this, changed] {
        if (m_loading)
            return;
        m_picker->forgetLists();
        changed();
    };
    connect(m_name, &QLineEdit::textEdited, this, changed);
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this, serverChanged] {
        onInstanceChanged();
        serverChanged();
    });
    connect(m_url, &QLineEdit::textEdited, this, serverChanged);
    connect(m_token, &TokenField::edited, this, serverChanged);
    connect(m_caFile, &QLineEdit::textEdited, this, serverChanged);
    connect(m_picker, &EnvironmentPicker::edited, this, changed);
    connect(m_production, &QCheckBox::toggled, this, changed);
    connect(m_browseCa, &QPushButton::clicked, this, &ConnectionForm::browseCaFile);
    connect(m_colorButton, &QPushButton::clicked, this, &ConnectionForm::chooseColor);
    connect(m_test, &QPushButton::clicked, this, &ConnectionForm::testConnection);
}

void ConnectionForm::setProfile(const ConnectionProfile &profile, const QString &carriedToken)
{
    m_loading = true;
    m_profile = profile;
    m_tester->cancel();
    m_name->setText(profile.name);
    int instance = static_cast<int>(knownInstances().size()); // Custom…
    const QUrl url = profile.baseUrl.adjusted(QUrl::StripTrailingSlash);
    for (int i = 0; i < instance; ++i) {
        if (QUrl(m_instance->itemData(i).toString()) == url)
            instance = i;
    }
    if (profile.id.isEmpty() && profile.baseUrl.isEmpty())
        instance = 0; // a new connection: Commercial
    m_instance->setCurrentIndex(instance);
    onInstanceChanged();
    if (instance == m_instance->count() - 1)
        m_url->setText(profile.baseUrl.toString());
    m_picker->setKeys(profile.projectKey, profile.environmentKey);
    m_caFile->setText(profile.caFile);
    setColor(profile.color.isEmpty() && !profile.isDemo() ? defaultColor : profile.color);
    m_production->setChecked(profile.production);
    m_testIcon->setVisible(false);
    showNote(m_testResult, {});

    const bool demo = profile.isDemo();
    setFieldsEnabled(!demo);
    showNote(m_demoNote,
        demo ? tr("The built-in demo runs a local sandbox with sample data. It cannot be "
                  "changed or removed; add a connection to browse LaunchDarkly.")
             : QString());
    if (demo) {
        m_url->clear();
        m_url->setPlaceholderText(tr("A local sandbox the app starts"));
    } else {
        m_url->setPlaceholderText(tr("https://…"));
    }
    m_token->setConnection(demo ? QString() : profile.id, carriedToken);
    if (demo)
        m_token->edit()->setPlaceholderText(tr("The demo needs no token"));
    m_loading = false;
    validate();
}

void ConnectionForm::setFieldsEnabled(bool enabled)
{
    for (QWidget *widget : std::as_const(m_editable))
        widget->setEnabled(enabled);
    m_picker->setEnabled(enabled);
    if (enabled)
        onInstanceChanged();
}

ConnectionProfile ConnectionForm::profile() const
{
    ConnectionProfile p = m_profile;
    if (p.isDemo())
        return p;
    p.name = m_name->text().trimmed();
    p.baseUrl = baseUrl();
    p.projectKey = m_picker->projectKey();
    p.environmentKey = m_picker->environmentKey();
    p.caFile = m_caFile->text().trimmed();
    p.color = m_color;
    p.production = m_production->isChecked();
    return p;
}

QUrl ConnectionForm::baseUrl() const
{
    const QString known = m_instance->currentData().toString();
    const QString text = known.isEmpty() ? m_url->text().trimmed() : known;
    return QUrl(text).adjusted(QUrl::StripTrailingSlash);
}

QString ConnectionForm::problem() const
{
    if (m_profile.isDemo())
        return {};
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the connection a name.");
    const std::optional<ApiError> error = checkBaseUrl(baseUrl());
    if (!error)
        return {};
    if (error->kind() == ApiError::Kind::InsecureUrl)
        return tr("Plain http:// is allowed only to this computer (localhost, 127.0.0.1, ::1); "
                  "use an https:// address.");
    return tr("The address cannot be used: %1.").arg(error->detail());
}

void ConnectionForm::validate()
{
    // Only the address is flagged as typed; an empty name is said when saving is refused.
    const bool urlBad = !m_profile.isDemo() && checkBaseUrl(baseUrl()).has_value();
    showNote(m_urlError, urlBad ? problem() : QString());
}

void ConnectionForm::onInstanceChanged()
{
    const QString known = m_instance->currentData().toString();
    const bool custom = known.isEmpty();
    m_url->setEnabled(custom && !m_profile.isDemo());
    if (!custom)
        m_url->setText(known); // Custom… starts from it
}

void ConnectionForm::saveToken(const QString &id, std::function<void(bool ok)> done)
{
    m_profile.id = id;
    m_token->save(id, std::move(done));
}

void ConnectionForm::setColor(const QString &color)
{
    m_color = color;
    m_colorButton->setIcon(ConnectionSwitcher::swatch(color));
    m_colorButton->setToolTip(color.isEmpty() ? tr("No colour") : tr("Colour %1").arg(color));
    m_colorButton->setAccessibleName(
        color.isEmpty() ? tr("Choose a colour") : tr("Choose a colour, now %1").arg(color));
}

void ConnectionForm::chooseColor()
{
    auto *dialog = new QColorDialog(QColor(m_color.isEmpty() ? defaultColor : m_color), this);
    dialog->setObjectName(QStringLiteral("connectionColorDialog"));
    dialog->setWindowTitle(tr("Connection colour"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &color) {
        setColor(color.name());
        emit edited();
    });
    dialog->open();
}

void ConnectionForm::browseCaFile()
{
    if (!m_models.prompts)
        return;
    const QString file = m_models.prompts->chooseOpenFile(
        this, tr("CA certificates"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFile->setText(file);
    m_picker->forgetLists();
    validate();
    emit edited();
}

std::shared_ptr<AccountApi> ConnectionForm::api(QString *why)
{
    const ConnectionProfile p = profile();
    if (p.isDemo()) {
        *why = tr("The demo's project and environment are fixed.");
        return nullptr;
    }
    if (const std::optional<ApiError> error = checkBaseUrl(p.baseUrl)) {
        *why = problem();
        return nullptr;
    }
    const QString secret = m_token->token();
    if (secret.isEmpty()) {
        *why = tr("Enter an access token first.");
        return nullptr;
    }
    if (!m_models.accountApiFactory) {
        *why = tr("This window cannot reach a server.");
        return nullptr;
    }
    // One client per address, CA file and token, reused by the pickers and the test.
    const QString key = p.baseUrl.toString() + QLatin1Char('\n') + p.caFile + QLatin1Char('\n')
        + QString::number(qHash(secret));
    if (!m_api || key != m_apiKey) {
        m_api = m_models.accountApiFactory(p, secret);
        m_apiKey = key;
    }
    if (!m_api)
        *why = tr("This connection cannot be reached.");
    return m_api;
}

void ConnectionForm::testConnection()
{
    QString why;
    std::shared_ptr<AccountApi> client = api(&why);
    if (!client) {
        showTestResult(false, why);
        return;
    }
    m_test->setEnabled(false);
    m_testIcon->setVisible(false);
    showNote(m_testResult, tr("Testing the connection…"));
    m_tester->test(std::move(client), {m_picker->projectKey(), m_picker->environmentKey()});
}

void ConnectionForm::showTestResult(bool ok, const QString &sentence)
{
    m_test->setEnabled(!m_profile.isDemo());
    const QStyle::StandardPixmap icon
        = ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    m_testIcon->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_testIcon->setAccessibleName(ok ? tr("Connection works") : tr("Connection failed"));
    m_testIcon->setToolTip(m_testIcon->accessibleName());
    m_testIcon->setVisible(true);
    showNote(m_testResult, sentence);
}

} // namespace ctx
