<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>LaunchDarkly base URI, e.g. https://app.launchdarkly.com (or LD_BASE_URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key (or LD_PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment key (or LD_ENVIRONMENT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextColumn</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[private]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <source>the response is not a JSON object (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address (expected e.g. https://app.launchdarkly.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address is not a valid URL (expected e.g. https://app.launchdarkly.com)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ApiError</name>
    <message>
        <source>The server rejected the access token (401). Check that the token is correct and has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server denied access (403)%1. Check that the access token&apos;s role is allowed to read contexts in this project and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not find the project or environment (404)%1. Check the project and environment keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (400)%1. Check the filter and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a conflict (409)%1. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the rate of requests (429), and waiting to try again was cancelled. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the rate of requests (429). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (%1)%2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server%1. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed%1. Check the address, the computer&apos;s date and the certificates; for a server with a private certificate authority, set its CA file in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that could not be read%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is allowed only to this computer (loopback); use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (%1)%2. Check the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::AppOptions</name>
    <message>
        <source>Browse the contexts of a LaunchDarkly environment.

The access token comes from the OS keychain (saved connections) or from LD_ACCESS_TOKEN; otherwise the app asks for it. Without --base-uri or --demo, the connection used last opens, else the built-in demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo (a local sandbox with seeded data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contexts the demo seeds (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this context kind (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the first page is shown, save the window as a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details of this context once the list is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-contexts needs a number from 0 to 3000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--select needs KIND:KEY, e.g. user:user-key-123abc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project and --environment need --base-uri (or LD_BASE_URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid base URI; use one like https://app.launchdarkly.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project and environment keys with --project and --environment (or LD_PROJECT and LD_ENVIRONMENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app in this language instead of the system&apos;s, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme for this session: system, light or dark (the saved choice is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THEME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a language code, e.g. de or en; &quot;%1&quot; is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request and reply on stderr (the access token is never shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this filter in the API&apos;s grammar, e.g. &apos;name startsWith &quot;An&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the filter builder shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::AppSession</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2 The demo is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is saved for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no project and environment yet: choose them in File → Connections….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token for “%1”: set LD_ACCESS_TOKEN or save the token with the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It is kept in memory until the app closes (or set LD_ACCESS_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::AttributeTreeModel</name>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 private attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n private attributes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{1 attribute}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n attributes}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK marked this attribute private: LaunchDarkly never receives its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes the SDK marked private: their names are listed, their values never reach LaunchDarkly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A string holding an RFC 3339 date-time, shown in local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::AttributesSection</name>
    <message>
        <source>From &amp;source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application or SDK whose version of the context is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole context as JSON (private attributes by name only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen from %1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy context as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected attribute&apos;s value (private values are not shown, so not copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context&apos;s attributes as a tree; private attributes are listed under _meta by name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such context: it was deleted, or not seen for 30 days and expired, or it never was in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ColumnChooserButton</name>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list&apos;s columns: show or hide the built-in ones, add attributes as columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ColumnMenu</name>
    <message>
        <source>The last visible column cannot be hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck to remove this attribute column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add attribute column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (private values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some contexts keep this attribute private: their cells show [private], never the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading attribute names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load attribute names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other attribute names seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a column for any attribute, by JSON pointer (/address/city).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit “%1” to contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;all columns to contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns to &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in columns in their order and widths; attribute columns go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer of the attribute, for example /email or /address/city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a JSON pointer: it starts with “/”, and “~” is written ~0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionForm</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production: stronger delete confirmation and a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaunchDarkly instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: extra CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instan&amp;ce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo runs a local sandbox with sample data. It cannot be changed or removed; add a connection to browse LaunchDarkly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local sandbox the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost, 127.0.0.1, ::1); use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour, now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s project and environment are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot reach a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the LaunchDarkly account lives: Commercial, EU, Federal, or a custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token, its account and access, and the project and environment, without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionProfile</name>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionStore</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionSwitcher</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection in use; pick another one to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is marked production: deleting asks for a stronger confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionTester</name>
    <message>
        <source>There is no connection to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (service token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1%2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Project “%1”, environment “%2” found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server%1; check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed%1; check the address and the computer&apos;s date and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time; check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the token (401): the access token is wrong or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied (403): the token has no role that can read contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works, but the project or environment key was not found: %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no LaunchDarkly API at this address (404); check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport from ldcli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this c&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection to LaunchDarkly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection and its access token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new connection from LaunchDarkly&apos;s CLI settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LaunchDarkly CLI settings were found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&amp;ions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo: a local sandbox with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its access token from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is marked production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”, but its token could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LaunchDarkly CLI settings were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ldcli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ldcli (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”; its access token is not in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disca&amp;rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved connections, the built-in demo first; the selected one is shown for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this connection to edit, its access token included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection; its access token goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save if needed, then show this connection in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextDetail</name>
    <message>
        <source>No context is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instances could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This context is part of more instances than could be listed; delete is offered only when there is exactly one, to avoid mass deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This context is not part of any instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This context is part of %n instances; delete is offered only when there is exactly one, to avoid mass deletes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctx::ContextExpiry</name>
    <message>
        <source>Due for removal: LaunchDarkly removes contexts not seen for %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: LaunchDarkly removes contexts not seen for %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextExporter</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create &quot;%1&quot;: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent the same page again, so the export stopped after %n context(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextListModel</name>
    <message>
        <source>%1 is a private attribute of this context: its value is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This context has no attribute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which application sent this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute %1 of each context. Private values show as [private].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When LaunchDarkly last saw this context. Click to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application or SDK that sent this version of the context (applicationId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is a private attribute of this context: it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · expiring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextRecordListModel</name>
    <message>
        <source>The server did not say which application sent this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextTableView</name>
    <message>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contexts of the environment, one row per kind and source. The selected row&apos;s details show beside the list. Ctrl+C copies the selected rows, Escape clears the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Last seen to reverse the order; right-click to choose, add or reset columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ContextsTab</name>
    <message>
        <source>Copy &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter above the list of contexts, and the selected context&apos;s details beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the handle to share the width between the list and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy k&amp;ind:key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::DeleteInstanceDialog</name>
    <message>
        <source>Delete context instance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete context instance &lt;code&gt;%1&lt;/code&gt; from %2?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It holds these contexts:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;&lt;p&gt;Every version of this instance, from every source, is removed. LaunchDarkly lists it again only if an SDK evaluates it again. This cannot be undone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;production&lt;/b&gt; environment. Type the context key &lt;code&gt;%1&lt;/code&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context key to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the instance and every context in it on the server; this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete is enabled once the context key is typed exactly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::DetailPane</name>
    <message>
        <source>&amp;Open in LaunchDarkly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a context to see its attributes, instances, expected flag variations and segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance holding %1 was already deleted. The list is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not give a web UI link for this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in demo has no web UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a context first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delete is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this context&apos;s only instance, after confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attributes, instances, expected flag variations and segment memberships of the selected context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::DetailSection</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::DialogPrompts</name>
    <message>
        <source>Access token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

&amp;Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::EnvironmentListModel</name>
    <message>
        <source>%1 — critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment key: %1. Marked as critical in LaunchDarkly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::EnvironmentPicker</name>
    <message>
        <source>Type to search, or open the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first, or type a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s key; type part of a name or key to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project list status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects cannot be listed for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 project listed: open the list to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects listed: open the list to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s key; open the list to choose one of the project&apos;s environments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ExportCommand</name>
    <message>
        <source>Exported %1 of ~%2 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contexts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is incomplete: only %1 contexts were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. The output is incomplete: only %1 contexts were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ExportDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of ~%2 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 contexts to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and no file was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ExportOptions</name>
    <message>
        <source>Export every context that matches to CSV or JSON Lines, without a window.

The access token is read from LD_ACCESS_TOKEN. Progress goes to stderr when it is a terminal. Exit status: 0 done, 1 failed (nothing is left at --output), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from the built-in demo (a local sandbox with seeded data), environment demo / production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contexts the demo seeds (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only this context kind (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter in the API&apos;s grammar, e.g. &apos;name startsWith &quot;An&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated columns: kind, key, name, lastSeen, source, or an attribute&apos;s JSON pointer such as /address/city (default kind,key,name,lastSeen,source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ts (oldest first) or -ts (newest first, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or jsonl (default: from the output file&apos;s suffix, else csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, replaced only when the export is complete (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See contexts-browser export --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-contexts needs a number from 0 to 3000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort takes ts (oldest first) or -ts (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;: use kind, key, name, lastSeen, source or an attribute&apos;s JSON pointer such as /address/city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--columns needs at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: --base-uri (or LD_BASE_URI) with --project and --environment, or --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid base URI; use one like https://app.launchdarkly.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project and environment keys with --project and --environment (or LD_PROJECT and LD_ENVIRONMENT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token: set LD_ACCESS_TOKEN to a LaunchDarkly API access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 export [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every request and reply on stderr (the access token is never shown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FilterBar</name>
    <message>
        <source>Search (key:, name:, user.email:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the filter builder: conditions on fields and attributes, combined with AND / OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter, e.g. user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The filter in the API&apos;s grammar: &lt;code&gt;field operator value&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Fields: key, name, kind, kinds, kindKey, kindKeys, applicationId, id, q, or an attribute as &lt;code&gt;user.email&lt;/code&gt;, &lt;code&gt;*.email&lt;/code&gt;, &lt;code&gt;user./address/city&lt;/code&gt;.&lt;br&gt;Operators: equals, notEquals, anyOf, startsWith, exists, before, after, contains.&lt;br&gt;Join with &lt;code&gt;,&lt;/code&gt; (and), &lt;code&gt;|&lt;/code&gt; (or) and &lt;code&gt;( )&lt;/code&gt;. Quote text values: &lt;code&gt;&quot;New York&quot;&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message about the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text, or key:, name:, kind.attribute: prefixes. Applied as you type; Escape clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the panel that builds the filter from conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter in the API&apos;s grammar. Enter applies it; Escape reverts an edit, then clears the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FilterBuilderWidget</name>
    <message>
        <source>Filter builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter text has an error at column %1. Correct it there to edit the filter here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The builder cannot show this filter: %1. Edit it as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions of the filter, in groups combined with AND or OR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FilterConditionRow</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field, e.g. user.email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field (key, name, kind, ...) or an attribute: user.email, *.email, user./address/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: write an attribute as kind.attribute (user.email) or *.attribute for every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not accepted for this field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the field is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated by commas; write a value holding a comma in double quotes: &quot;a, b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, true, false or text; write &quot;42&quot; in double quotes to mean the text 42</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FilterGroupWidget</name>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match all of (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any of (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every condition below must hold, or any one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group of conditions combined the other way (AND inside OR, OR inside AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups can be nested %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group and its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions: every context matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FilterTree</name>
    <message>
        <source>a condition has an empty field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value %1 of %2 cannot be edited in the builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FlagEvaluationModel</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted individually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in experiment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rule id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::FlagsSection</name>
    <message>
        <source>C&amp;hange variation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter flags by key, name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected flag variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variations of %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the variation of %1; flags re-evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variation of %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value this context gets for the selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variations can be changed only for a single-kind context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the variations of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value each flag serves this context, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::GoToContextDialog</name>
    <message>
        <source>Go to Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a context by its kind and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the context&apos;s kind and key separated by a colon, for example &lt;b&gt;user:user-key-123abc&lt;/b&gt;. Both are required; keys are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind:key, e.g. user:user-key-123abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context&apos;s kind, a colon, then its key, e.g. user:user-key-123abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to context message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects the context in the list, or opens its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the kind and the key are needed: add the kind and a colon before the key, e.g. user:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind is missing before the colon, e.g. user:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is missing after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a context kind: a kind has only letters, digits, “.”, “_” and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one kind of the context, e.g. user:key or organization:key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1:%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no context %1:%2 in %3. Check the kind and the key (keys are case-sensitive); LaunchDarkly removes contexts not seen for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::InstanceListModel</name>
    <message>
        <source>The server did not say which application sent this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds the SDK left out of this instance because they were anonymous: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds the SDK dropped from the instance because they were anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::InstancesSection</name>
    <message>
        <source>Contexts in the selected instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts in the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances recorded for this context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context instances that hold this context; select one to list its contexts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::KeychainTokenStore</name>
    <message>
        <source>The keychain refused access to the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be used (%1), so the access token cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::KindEditDialog</name>
    <message>
        <source>New context kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit context kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the kinds list and the kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, “.”, “_” and “-”. The key cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of a kind is permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind with the key “%1” already exists; select it and choose Edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::KindFilterButton</name>
    <message>
        <source>Kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which context kinds the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only contexts of the chosen kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading kinds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kinds in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived kinds too; they cannot be used in targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::KindTableModel</name>
    <message>
        <source>A kind needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” contains “%2”; a kind key can contain only letters, digits, “.”, “_” and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved by LaunchDarkly and cannot be a kind key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still being saved; wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manually created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SDK has sent a context of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: cannot be used in targeting; hidden from the kind filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::KindsView</name>
    <message>
        <source>&amp;New kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a context kind in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name and description of the selected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived kinds too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the kinds from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kind with the key “%1” already exists; select it and choose Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the context kind “%1”?

Archived kinds cannot be used in targeting or experiments, and they are hidden from the kind filter. You can restore it later under “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

LaunchDarkly archives the user kind only after it is no longer available for experiments and guarded rollouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive context kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is hidden while “Show archived” is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not archived. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the change (400)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server denied access (403)%1. Changing context kinds needs a role with the createContextKind action in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not find the project (404)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the kind at the same time (409)%1. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected kind available for targeting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected kind from targeting and the kind filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading kinds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 archived (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s context kinds: key, name, description, origin and when last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ListStatus</name>
    <message>
        <source>Loading contexts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the previous results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contexts match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 contexts loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contexts loaded, more available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 context</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contexts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not sort: only the loaded rows are sorted by last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent records this app cannot read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record could not be read and is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read and are not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctx::ListStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting and fail the waiting requests now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaunchDarkly is limiting requests: trying again in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::MainWindow</name>
    <message>
        <source>&amp;Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or switch connections to LaunchDarkly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every context the list matches to CSV or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: kinds, filter, columns and sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts (Alt+C) and Kinds (Alt+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contexts are loaded, and any error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the quick search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the advanced filter box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to context…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a context by kind and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About contexts-browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About contexts-browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;contexts-browser %1&lt;/h3&gt;&lt;p&gt;A desktop browser for LaunchDarkly contexts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ProjectListModel</name>
    <message>
        <source>Project key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::QuickSearch</name>
    <message>
        <source>&lt;p&gt;Search contexts. Plain words search keys, names and attribute values.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;key:abc&lt;/code&gt;, &lt;code&gt;name:Ann&lt;/code&gt;: key or name starts with&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:ann&lt;/code&gt;, &lt;code&gt;*.email:ann&lt;/code&gt;: attribute starts with (a kind, or * for every kind)&lt;/li&gt;&lt;li&gt;&lt;code&gt;kind:user&lt;/code&gt;, &lt;code&gt;key=abc&lt;/code&gt;: exactly equals&lt;/li&gt;&lt;li&gt;&lt;code&gt;user.email:&lt;/code&gt;: has the attribute&lt;/li&gt;&lt;li&gt;A filter such as &lt;code&gt;user.plan anyOf [&quot;pro&quot;,&quot;team&quot;]&lt;/code&gt; is used as written&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Quote a value to keep its outer spaces: &lt;code&gt;name:&quot; Ann&quot;&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::RelativeTime</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local time)
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::RestContextsApi</name>
    <message>
        <source>no project or environment key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value to set is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attribute name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context kind has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context kind has no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SavedView</name>
    <message>
        <source>This is not a contexts-browser view file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view file was made by a newer contexts-browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s &quot;kinds&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s &quot;kinds&quot; holds something that is not a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s filter is not valid: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s sort &quot;%1&quot; is not ts or -ts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SavedViewStore</name>
    <message>
        <source>The file is too large to be a view file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a contexts-browser view file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SavedViewsMenu</name>
    <message>
        <source>View files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists. Replace it with the current view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;? Exported files are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ScreenshotTaker</name>
    <message>
        <source>the first page did not arrive within 60 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screenshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SecretServiceProbe</name>
    <message>
        <source>No keychain: no D-Bus session bus is running, so the access token cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: no Secret Service (GNOME Keyring, KWallet) runs on the session bus, so the access token cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SegmentListModel</name>
    <message>
        <source>Targeted individually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (big segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (synced from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A big segment: its membership is stored outside LaunchDarkly&apos;s flag data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SegmentsSection</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of %1 of %2 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this context is a member of each segment, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose action or keys contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions grouped by menu, each with its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus and tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quick search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the filter edit, then clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the advanced filter box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the quick search or advanced filter box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SnapshotFile</name>
    <message>
        <source>Cannot create the snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a contexts-browser snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of contexts-browser (snapshot schema %2; this version reads %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the snapshot of %2/%3 at %4, not of %5/%6 at %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::SnapshotSync</name>
    <message>
        <source>The snapshot could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be written (%1). What was stored so far is kept, and the next sync resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::StatusLine</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::TableCopyActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy c&amp;ell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy rows as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text of the current cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected contexts as a JSON array (kind, key, name, attributes; private values left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every loaded row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s own style and colours, light or dark as the desktop is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::TokenField</name>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with the connection — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token (api-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The app asks for it once per session, or uses LD_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available: the token is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::VariationDialog</name>
    <message>
        <source>Change variation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value this context gets for the flag &lt;code&gt;%1&lt;/code&gt;. It is served through individual targeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove individual targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why (shown in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value this context is to get for the flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::detail</name>
    <message>
        <source>no data arrived for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was not accepted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to a different address, which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file &quot;%1&quot; set for %2 could not be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate file &quot;%1&quot; set for %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wait for the rate limit to pass was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in TLS: the port may be a plain http:// one, or a proxy may be in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected to another address (%1), which is not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed response is corrupt or expands to far more than it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a web page instead of JSON; check the server address, and whether a proxy or sign-in page is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its body could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctx::json</name>
    <message>
        <source>%1 is not an RFC 3339 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an array (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an integer (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a boolean (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not a JSON object (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
