# Shared compile settings for every target of the project.
#   ctx_configure_target(<target>)
# Warnings everywhere; -Werror when CTX_WERROR is on (CI and scripts/test);
# ASan + UBSan when CTX_SANITIZE is on; libFuzzer instrumentation too when CTX_FUZZ is on.

if(CTX_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(CTX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CTX_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# lld links three times faster than the default ld.bfd (0.8 s against 2.5 s for a sanitized
# test executable; there are over a hundred); used when installed (scripts/install-deps does).
find_program(CTX_LLD ld.lld)
if(CTX_LLD)
  add_link_options(-fuse-ld=lld)
endif()

if(CTX_FORCE_ASSERTS)
  add_compile_definitions(QT_FORCE_ASSERTS)
endif()

function(ctx_configure_target target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Woverloaded-virtual)
  if(CTX_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CTX_VERSION="${PROJECT_VERSION}")
endfunction()
