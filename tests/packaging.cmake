# The install rules: `cmake --install` into a scratch prefix puts the binaries, the desktop
# file, the AppStream metadata and the icons in the standard places, and both files validate.
# Runs after the build (it installs what was built); see docs/PACKAGING.md.
add_test(NAME packaging_install
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/check-install.sh ${CMAKE_COMMAND} ${CMAKE_BINARY_DIR}
          ${CMAKE_CURRENT_BINARY_DIR}/packaging-install)
set_tests_properties(packaging_install PROPERTIES TIMEOUT 120 LABELS packaging)
