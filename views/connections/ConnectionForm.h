#pragma once

#include "AppModels.h"
#include "ConnectionProfile.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ctx {

class AccountApi;
class ConnectionTester;
class EnvironmentPicker;
class TokenField;

// The Connections dialog's right-hand side: one connection's fields (name, instance or
// custom address, access token, project and environment, CA file, colour, production),
// checked as typed, and "Test connection". The token is read from and written to
// AppModels::tokens only; the field shows it never, only whether one is saved.
class ConnectionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionForm(const AppModels &models, QWidget *parent = nullptr);
    ~ConnectionForm() override;

    // Shows a connection (an empty id: a new one) and asks the keychain whether it has a
    // token for it. `carriedToken`: a token to save with it (Duplicate), never shown.
    void setProfile(const ConnectionProfile &profile, const QString &carriedToken = {});
    ConnectionProfile profile() const;

    // Why the fields cannot be saved (a bad address), or empty.
    QString problem() const;
    // Writes the typed (or carried) token for `id` through the TokenStore, then calls done
    // with whether the keychain holds it; says inline when there is no keychain.
    void saveToken(const QString &id, std::function<void(bool ok)> done);

    EnvironmentPicker *picker() const { return m_picker; }
    TokenField *tokenField() const { return m_token; }

signals:
    void edited();

private:
    void build();
    void setFieldsEnabled(bool enabled);
    void onInstanceChanged();
    void validate();
    void setColor(const QString &color);
    void chooseColor();
    void browseCaFile();
    void testConnection();
    void showTestResult(bool ok, const QString &sentence);
    std::shared_ptr<AccountApi> api(QString *why);
    QUrl baseUrl() const;

    AppModels m_models;
    ConnectionProfile m_profile;
    bool m_loading = false;
    std::shared_ptr<AccountApi> m_api;
    QString m_apiKey; // what m_api was made for

    QLabel *m_demoNote;
    QLineEdit *m_name;
    QComboBox *m_instance;
    QLineEdit *m_url;
    QLabel *m_urlError;
    TokenField *m_token;
    EnvironmentPicker *m_picker;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QPushButton *m_colorButton;
    QString m_color;
    QCheckBox *m_production;
    QPushButton *m_test;
    QLabel *m_testIcon;
    QLabel *m_testResult;
    ConnectionTester *m_tester;
    QList<QWidget *> m_editable;
};

} // namespace ctx
