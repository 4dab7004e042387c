#pragma once

#include "FakeContextsApi.h"
#include "MainWindowOver.h"

// Holds the fake server, so that it is built before the window that uses it.
struct FakeApiHolder
{
    FakeContextsApi api;
};

// The whole main window over a scriptable fake server and scripted dialogs. The first
// contexts page has not been answered yet: tests do it with api.replySearch(0, ...).
struct WindowFixture
    : FakeApiHolder
    , MainWindowOver
{
    WindowFixture()
        : MainWindowOver(&api)
    {
    }
};
