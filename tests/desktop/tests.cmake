# Desktop citizenship: translations, accessibility and the Light/Dark/System theme.

# The committed catalogues against the sources (lupdate into a scratch file) and the German
# catalogue's completeness; resources/CMakeLists.txt writes the list of translated sources.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
ctx_add_test(tst_TranslationCatalogue SOURCES desktop/tst_TranslationCatalogue.cpp support/TsCatalogue.h
             LIBS Qt6::Core)
target_compile_definitions(tst_TranslationCatalogue PRIVATE
  CTX_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  CTX_TRANSLATION_SOURCES="${PROJECT_BINARY_DIR}/resources/translation-sources.lst"
  CTX_TS_DIR="${PROJECT_SOURCE_DIR}/resources/translations")

set(ctx_scene_sources support/DesktopScenes.h support/WidgetAudit.h support/FakeContextsApi.h
    support/FakeAccountApi.h support/FakePrompts.h support/MemoryTokenStore.h)
# Every window and dialog in German: German text in use, no English left, nothing cut off.
# (app/Translations.cpp is compiled in rather than linking all of ctx_app and the sandbox.)
ctx_add_test(tst_Translations SOURCES desktop/tst_Translations.cpp support/TsCatalogue.h ${ctx_scene_sources}
             ${PROJECT_SOURCE_DIR}/app/Translations.h ${PROJECT_SOURCE_DIR}/app/Translations.cpp
             LIBS ctx_views ctx_resources)
target_include_directories(tst_Translations PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_compile_definitions(tst_Translations PRIVATE
  CTX_TS_DIR="${PROJECT_SOURCE_DIR}/resources/translations")
ctx_add_test(tst_Accessibility SOURCES desktop/tst_Accessibility.cpp ${ctx_scene_sources} LIBS ctx_views)
ctx_add_test(tst_ThemeController SOURCES desktop/tst_ThemeController.cpp LIBS ctx_views)
