package com.wqs.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTest {
    /** A 1500 × 1200 mm window. */
    private static final Map<String, BigDecimal> SIZE = Map.of(
            "width_m", new BigDecimal("1.5"),
            "height_m", new BigDecimal("1.2"),
            "width_mm", new BigDecimal("1500"),
            "height_mm", new BigDecimal("1200"),
            "area_m2", new BigDecimal("1.80"),
            "perimeter_m", new BigDecimal("5.4"));

    private static BigDecimal eval(String formula) {
        return Formula.parse(formula).evaluate(SIZE);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1 + 2 * 3          | 7",
        "(1 + 2) * 3        | 9",
        "2 * 3 + 4 * 5      | 26",
        "10 - 4 - 3         | 3",
        "24 / 4 / 2         | 3",
        "2 * (3 + 4) * 5    | 70",
        "((((7))))          | 7",
        "1 - 2 * 3 + 4 / 8  | -4.5",
        "0.5                | 0.5",
        ".5 + 1.              | 1.5",
    })
    void respectsPrecedenceAndLeftAssociativity(String formula, String expected) {
        assertThat(eval(formula)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "-3 + 5          | 2",
        "--3             | 3",
        "-(2 + 3) * 2    | -10",
        "2 * -3          | -6",
        "2 - -3          | 5",
        "+4              | 4",
        "-width_m        | -1.5",
        "- 2 * - 2       | 4",
    })
    void handlesUnaryMinusAndPlus(String formula, String expected) {
        assertThat(eval(formula)).isEqualByComparingTo(expected);
    }

    @Test
    void dividesExactlyWhenTheQuotientTerminates() {
        assertThat(eval("1 / 8")).isEqualTo(new BigDecimal("0.125"));
        assertThat(eval("10 / 4")).isEqualByComparingTo("2.5");
        assertThat(eval("width_m / 2")).isEqualByComparingTo("0.75");
        assertThat(eval("perimeter_m / 0.4")).isEqualByComparingTo("13.5");
    }

    @Test
    void dividesToThirtyFourSignificantDigitsOtherwise() {
        assertThat(eval("1 / 3")).isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
        assertThat(eval("2 / 3")).isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
        assertThat(eval("10 / 3 * 3")).isEqualByComparingTo("9.999999999999999999999999999999999");
    }

    @Test
    void keepsLargeAndSmallNumbersExact() {
        assertThat(eval("99999999999999999999 * 99999999999999999999"))
                .isEqualTo(new BigDecimal("9999999999999999999800000000000000000001"));
        assertThat(eval("0.1 + 0.2")).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void refusesDivisionByZeroWhenEvaluated() {
        Formula formula = Formula.parse("1 / (width_m - 1.5)");

        assertThatThrownBy(() -> formula.evaluate(SIZE))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("division by zero");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "min(width_m, 1.2)              | 1.2",
        "min(3, 1, 2)                   | 1",
        "max(1, 2, 3)                   | 3",
        "max(width_m, height_m)         | 1.5",
        "ceil(1.2)                      | 2",
        "ceil(2)                        | 2",
        "ceil(-1.2)                     | -1",
        "floor(1.8)                     | 1",
        "floor(-1.2)                    | -2",
        "ceil(perimeter_m / 0.4)        | 14",
        "max(0, min(3, ceil(width_m * 2))) | 3",
        "min ( 4 , 5 )                  | 4",
    })
    void evaluatesFunctions(String formula, String expected) {
        assertThat(eval(formula)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ceil(1, 2)", "floor()", "min(1)", "max()"})
    void checksFunctionArity(String formula) {
        assertThatThrownBy(() -> Formula.parse(formula))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("argument");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "width_m      | 1.5",
        "height_m     | 1.2",
        "width_mm     | 1500",
        "height_mm    | 1200",
        "area_m2      | 1.8",
        "perimeter_m  | 5.4",
    })
    void knowsEveryVariable(String formula, String expected) {
        assertThat(eval(formula)).isEqualByComparingTo(expected);
        assertThat(Formula.VARIABLES).contains(formula);
    }

    @Test
    void namesAnUnknownVariableAndWhereItIs() {
        assertThatThrownBy(() -> Formula.parse("2 * width + 1"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown variable 'width'")
                .hasMessageContaining("position 5")
                .hasMessageContaining("width_m");
    }

    @Test
    void namesAnUnknownFunction() {
        assertThatThrownBy(() -> Formula.parse("log(area_m2)"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("unknown function 'log'")
                .hasMessageContaining("position 1")
                .hasMessageContaining("abs, ceil, e, floor, max, min, pi, pow, round, sqrt");
        assertThatThrownBy(() -> Formula.parse("1 + ABS(2)")).hasMessageContaining("unknown function 'ABS' at position 5");
        assertThatThrownBy(() -> Formula.parse("PI * 2")).hasMessageContaining("unknown variable 'PI'");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "abs(-2.5)                 | 2.5",
        "abs(2.50)                 | 2.50",
        "abs(height_m - width_m)   | 0.3",
        "abs(0)                    | 0",
        "round(2.5)                | 3",
        "round(2.4)                | 2",
        "round(-2.5)               | -3",
        "round(-2.4)               | -2",
        "round(1.005, 2)           | 1.01",
        "round(1.004, 2)           | 1.00",
        "round(2, 3)               | 2.000",
        "round(width_m / 7, 4)     | 0.2143",
        "round(1 / 3, 10)          | 0.3333333333",
        "round(2.5, 0)             | 3",
        "round(7.25, 1 + 0)        | 7.3",
        "sqrt(2.25)                | 1.5",
        "sqrt(16)                  | 4",
        "sqrt(0)                   | 0",
        "sqrt(2)                   | 1.414213562373095048801688724209698",
        "sqrt(area_m2)             | 1.341640786499873817845504201238766",
        "pow(2, 10)                | 1024",
        "pow(width_m, 2)           | 2.25",
        "pow(1.1, 3)               | 1.331",
        "pow(-2, 3)                | -8",
        "pow(2, -2)                | 0.25",
        "pow(3, -1)                | 0.3333333333333333333333333333333333",
        "pow(0, 0)                 | 1",
        "pow(5, 0)                 | 1",
        "pow(2, 1 + 1)             | 4",
        "pi                        | 3.141592653589793238462643383279503",
        "pi()                      | 3.141592653589793238462643383279503",
        "e                         | 2.718281828459045235360287471352662",
        "e()                       | 2.718281828459045235360287471352662",
        "2 * pi * 0.5              | 3.1415926535897932384626433832795030",
        "round(pi * sqrt(2.25), 2) | 4.71",
        "ceil(e)                   | 3",
    })
    void evaluatesTheMathFunctionsExactly(String formula, String expected) {
        assertThat(eval(formula)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "round(1, 11)        | round() decimals must be a whole number from 0 to 10, not 11 (position 1)",
        "round(1, -1)        | round() decimals must be a whole number from 0 to 10, not -1 (position 1)",
        "round(1, 0.5)       | round() decimals must be a whole number from 0 to 10, not 0.5 (position 1)",
        "1 + pow(2, 0.5)     | pow() exponent must be a whole number from -100 to 100, not 0.5 (position 5)",
        "pow(2, 101)         | pow() exponent must be a whole number from -100 to 100, not 101 (position 1)",
        "pow(2, -101)        | pow() exponent must be a whole number from -100 to 100, not -101 (position 1)",
        "pow(2, pi)          | pow() exponent must be a whole number from -100 to 100, not 3.141592653589793238462643383279503 (position 1)",
        "abs()               | abs() takes exactly 1 argument (position 1)",
        "abs(1, 2)           | abs() takes exactly 1 argument (position 1)",
        "sqrt(1, 2)          | sqrt() takes exactly 1 argument (position 1)",
        "round()             | round() takes 1 or 2 arguments (position 1)",
        "round(1, 2, 3)      | round() takes 1 or 2 arguments (position 1)",
        "pow(2)              | pow() takes exactly 2 arguments (position 1)",
        "pi(1)               | pi() takes no arguments (position 1)",
        "e(2)                | e() takes no arguments (position 1)",
    })
    void checksTheMathFunctionsArgumentsWhenParsed(String formula, String message) {
        assertThatThrownBy(() -> Formula.parse(formula))
                .isInstanceOf(FormulaException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "sqrt(1 - width_m)         | sqrt() of a negative number (-0.5)",
        "pow(width_m - 1.5, -1)    | division by zero (pow(0, -1))",
        "round(1, width_m)         | round() decimals must be a whole number from 0 to 10, not 1.5",
        "pow(2, width_mm)          | pow() exponent must be a whole number from -100 to 100, not 1500",
        "pow(pow(pow(width_mm, 100), 100), 100) | pow() result would have more than 10000 digits",
    })
    void refusesWhatTheMathFunctionsCannotComputeWhenEvaluated(String formula, String message) {
        Formula parsed = Formula.parse(formula);

        assertThatThrownBy(() -> parsed.evaluate(SIZE))
                .isInstanceOf(FormulaException.class)
                .hasMessage(message);
    }

    @Test
    void knowsTheLinesQuantity() {
        Formula perWindow = Formula.parse("ceil(10 / quantity)");

        assertThat(perWindow.variables()).containsExactly("quantity");
        assertThat(Formula.VARIABLES).contains("quantity");
        assertThat(perWindow.evaluate(Map.of("quantity", new BigDecimal("3")))).isEqualTo(new BigDecimal("4"));
        assertThat(perWindow.evaluate(Map.of("quantity", BigDecimal.ONE))).isEqualByComparingTo("10");
        assertThatThrownBy(() -> perWindow.evaluate(SIZE)).hasMessage("no value for variable 'quantity'");
    }

    @Test
    void constantsAreNotVariables() {
        assertThat(Formula.parse("2 * pi * e + width_m").variables()).containsExactly("width_m");
    }

    @Test
    void givesThePositionOfASyntaxError() {
        assertThatThrownBy(() -> Formula.parse("1 + * 2"))
                .isInstanceOf(FormulaException.class)
                .hasMessage("syntax error at position 5: unexpected '*'");
        assertThatThrownBy(() -> Formula.parse("(1 + 2"))
                .hasMessage("syntax error at position 7: expected ')' but the formula ended");
        assertThatThrownBy(() -> Formula.parse("min(1, 2"))
                .hasMessageContaining("expected ')'");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "width_m +        | syntax error at position 10: unexpected end of formula",
        ")(               | syntax error at position 1: unexpected ')'",
        "1..2             | syntax error at position 1: malformed number '1..2'",
        ".                | syntax error at position 1: malformed number '.'",
        "1 2              | syntax error at position 3: unexpected '2'",
        "2(3)             | syntax error at position 2: unexpected '('",
        "min(1,)          | syntax error at position 7: unexpected ')'",
        "1e3              | syntax error at position 2: unexpected 'e'",
        "width_m; 1       | syntax error at position 8: unexpected ';'",
        "${width_m}       | syntax error at position 1: unexpected '$'",
        "'1' + 1          | syntax error at position 1: unexpected '''",
        "-                | syntax error at position 2: unexpected end of formula",
        "1 + 2)           | syntax error at position 6: unexpected ')'",
    })
    void rejectsGarbageWithThePosition(String formula, String message) {
        assertThatThrownBy(() -> Formula.parse(formula))
                .isInstanceOf(FormulaException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "System.exit(0)",
        "java.lang.Runtime.getRuntime().exec(\"rm -rf /\")",
        "Runtime.getRuntime()",
        "exit(0)",
        "eval(\"1+1\")",
        "new Object()",
        "getClass()",
        "width_m.getClass()",
    })
    void cannotRunCode(String formula) {
        assertThatThrownBy(() -> Formula.parse(formula))
                .isInstanceOf(FormulaException.class)
                .hasMessageMatching("(unknown variable|unknown function|syntax error).*");
    }

    @Test
    void rejectsEmptyAndBlankFormulas() {
        assertThatThrownBy(() -> Formula.parse("")).hasMessage("formula is empty");
        assertThatThrownBy(() -> Formula.parse(" \t\n")).hasMessage("formula is empty");
    }

    @Test
    void acceptsUpTo500CharactersAndRejectsLongerInput() {
        String longest = "1" + "+1".repeat(249) + " "; // 500 characters
        assertThat(longest).hasSize(500);
        assertThat(Formula.parse(longest).evaluate(SIZE)).isEqualByComparingTo("250");

        assertThatThrownBy(() -> Formula.parse(longest + "1"))
                .isInstanceOf(FormulaException.class)
                .hasMessage("formula is longer than 500 characters");
        assertThatThrownBy(() -> Formula.parse("1+".repeat(100_000) + "1"))
                .isInstanceOf(FormulaException.class);
    }

    @Test
    void survivesDeepNestingWithinTheLengthLimit() {
        String balanced = "(".repeat(246) + "width_m" + ")".repeat(246);
        assertThat(balanced).hasSizeLessThanOrEqualTo(500);
        assertThat(Formula.parse(balanced).evaluate(SIZE)).isEqualByComparingTo("1.5");

        String unbalanced = "(".repeat(246) + "width_m" + ")".repeat(245);
        assertThatThrownBy(() -> Formula.parse(unbalanced)).hasMessageContaining("expected ')'");
        assertThat(Formula.parse("-".repeat(498) + "1").evaluate(SIZE)).isEqualByComparingTo("1");
    }

    @Test
    void acceptsOnlyAsciiDigits() {
        // Arabic-Indic digit one: looks like a number to Character.isDigit, but is not formula syntax.
        assertThatThrownBy(() -> Formula.parse("\u0661 + 1"))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("position 1");
    }

    @Test
    void refusesToEvaluateWithoutAVariableItUses() {
        Formula formula = Formula.parse("width_m * 2");

        assertThatThrownBy(() -> formula.evaluate(Map.of()))
                .isInstanceOf(FormulaException.class)
                .hasMessageContaining("'width_m'");
    }

    @Test
    void keepsItsTrimmedSourceAndComparesBySource() {
        Formula formula = Formula.parse("  2 * height_m ");

        assertThat(formula.source()).isEqualTo("2 * height_m");
        assertThat(formula).hasToString("2 * height_m").isEqualTo(Formula.parse("2 * height_m"));
        assertThat(formula).isNotEqualTo(Formula.parse("2*height_m"));
    }
}
