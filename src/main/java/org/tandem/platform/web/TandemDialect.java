package org.tandem.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.tandem.platform.Money;
import org.tandem.platform.Timestamps;

/** Gives templates {@code #tandem}: dates and times in London time written the GOV.UK way, and money. */
@Component
class TandemDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The helpers templates call as {@code ${#tandem.date(...)}}. */
    public static final class Helpers {
        public String date(LocalDate date) {
            return Timestamps.longDate(date);
        }

        public String dateTime(Instant instant) {
            return Timestamps.londonDateTime(instant);
        }

        public String money(Money money) {
            return money == null ? "" : money.formatted();
        }
    }

    private static final Helpers HELPERS = new Helpers();

    TandemDialect() {
        super("tandem");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("tandem");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return HELPERS;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
