# napwiz interface and document strings, English (the fallback for every other language).
# Message ids are kebab-case, prefixed by the screen or module that uses them.
# Translators: keep every id; change only the text after "=". See README "Adding a language".

## Language choice and translators' folders (src/i18n)

lang-unknown = unknown language '{ $language }'; available: { $available }
locales-dir-unreadable = translations folder '{ $dir }' could not be read; using the built-in strings
locales-file-unreadable = could not read '{ $file }': { $error }
locales-file-broken = { $file }:{ $line }:{ $column }: { $problem }
locales-file-skipped = '{ $file }' not used: using the built-in strings instead
