package jp.clustereval.cli;

import jp.clustereval.domain.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** "ja" or "en"; anything else is a usage error. */
final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
