# Compile policy shared by every Planwright target: one INTERFACE target linked everywhere.
add_library(planwright_settings INTERFACE)
target_compile_features(planwright_settings INTERFACE cxx_std_20)
target_compile_definitions(planwright_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    PLANWRIGHT_VERSION="${PROJECT_VERSION}")
target_compile_options(planwright_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers -Werror)

if(PLANWRIGHT_SANITIZE)
    target_compile_options(planwright_settings INTERFACE
        -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(planwright_settings INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

if(PLANWRIGHT_FUZZ)
    # Coverage instrumentation for libFuzzer everywhere; the fuzz executables add -fsanitize=fuzzer.
    target_compile_options(planwright_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(planwright_settings INTERFACE -fsanitize=address,undefined)
endif()
