package com.wqs.domain.catalog;

import com.wqs.domain.shared.TextLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A BOM quantity formula: {@code + - * /}, parentheses, decimal numbers, the constants {@code pi} and
 * {@code e}, the functions {@code min}, {@code max}, {@code ceil}, {@code floor}, {@code abs}, {@code round},
 * {@code sqrt} and {@code pow}, over the window line's variables. Parsed once into a tree whose variables are
 * read by {@linkplain FormulaValues slot}, and evaluated in exact decimal arithmetic; what cannot be exact
 * (division, {@code sqrt}, a negative power, {@code pi}, {@code e}) is rounded to 34 significant digits
 * ({@link MathContext#DECIMAL128}, half-even). It is data, never code.
 *
 * <p>{@code round(x)} rounds to a whole number and {@code round(x, d)} to {@code d} decimals (a whole number
 * from 0 to 10), half away from zero ({@code round(2.5) = 3}, {@code round(-2.5) = -3}, {@code round(1.005, 2)
 * = 1.01}); {@code pow(x, n)} takes a whole exponent from -100 to 100 ({@code pow(x, 0) = 1});
 * {@code sqrt} of a negative number, {@code pow(0, n)} with {@code n < 0}, a power of more than 10,000 digits
 * and division by zero cannot be computed. Exponents and decimals written as numbers are checked when the formula is parsed, computed ones
 * when it is evaluated.
 */
public final class Formula {
    /** The window line's own variables (its size and its quantity), which every formula may use. */
    public static final Set<String> VARIABLES =
            Set.of("width_m", "height_m", "width_mm", "height_mm", "area_m2", "perimeter_m", "quantity");
    /** Every variable any formula may use; which of them a BOM line may use depends on its {@link BomScope}. */
    public static final Set<String> KNOWN_VARIABLES = BomScope.Names.all(VARIABLES);
    /** The functions, as written in a formula. */
    public static final List<String> FUNCTIONS =
            List.of("abs", "ceil", "e", "floor", "max", "min", "pi", "pow", "round", "sqrt");
    static final MathContext DIVISION = MathContext.DECIMAL128;
    /** π and e to the precision of a division. */
    static final BigDecimal PI = new BigDecimal("3.141592653589793238462643383279503");
    static final BigDecimal E = new BigDecimal("2.718281828459045235360287471352662");
    static final int MAX_ROUND_DECIMALS = 10;
    static final int MAX_POWER = 100;
    /** Keeps nested powers ({@code pow(pow(x, 100), 100)}) from computing numbers of millions of digits. */
    static final int MAX_POWER_DIGITS = 10_000;
    private static final int MAX_LENGTH = TextLimits.FORMULA;

    private final String source;
    private final Node root;
    private final Set<String> variables;

    private Formula(String source, Node root, Set<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = Set.copyOf(variables);
    }

    /**
     * Parses a formula.
     *
     * @throws FormulaException naming the unknown variable or function, or the position of the syntax error
     */
    public static Formula parse(String source) {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new FormulaException("formula is empty");
        }
        if (source.length() > MAX_LENGTH) {
            throw new FormulaException("formula is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(source);
        Node root = parser.parseAll();
        return new Formula(source.trim(), root, parser.variables);
    }

    public String source() {
        return source;
    }

    /** The variables this formula uses. */
    public Set<String> variables() {
        return variables;
    }

    /** Evaluates with the given variable values; every variable the formula uses must be present. */
    public BigDecimal evaluate(Map<String, BigDecimal> variables) {
        return evaluate(FormulaValues.of(variables));
    }

    /** Evaluates with the given variable values; every variable the formula uses must have one. */
    public BigDecimal evaluate(FormulaValues values) {
        return root.eval(values);
    }

    @Override
    public String toString() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Formula other && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    private interface Node {
        BigDecimal eval(FormulaValues values);
    }

    private record Num(BigDecimal value) implements Node {
        public BigDecimal eval(FormulaValues values) {
            return value;
        }
    }

    private record Var(int slot) implements Node {
        public BigDecimal eval(FormulaValues values) {
            BigDecimal value = values.get(slot);
            if (value == null) {
                throw new FormulaException("no value for variable '" + FormulaValues.name(slot) + "'");
            }
            return value;
        }
    }

    private record Neg(Node operand) implements Node {
        public BigDecimal eval(FormulaValues values) {
            return operand.eval(values).negate();
        }
    }

    private record Binary(char op, Node left, Node right) implements Node {
        public BigDecimal eval(FormulaValues values) {
            BigDecimal l = left.eval(values);
            BigDecimal r = right.eval(values);
            return switch (op) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                case '/' -> divide(l, r);
                default -> throw new IllegalStateException("operator " + op);
            };
        }
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new FormulaException("division by zero");
        }
        return dividend.divide(divisor, DIVISION);
    }

    /** A function and its arguments (their number checked when parsed). */
    private record Call(Function function, Node[] args) implements Node {
        public BigDecimal eval(FormulaValues values) {
            return switch (function) {
                case MIN -> {
                    BigDecimal result = args[0].eval(values);
                    for (int i = 1; i < args.length; i++) {
                        result = result.min(args[i].eval(values));
                    }
                    yield result;
                }
                case MAX -> {
                    BigDecimal result = args[0].eval(values);
                    for (int i = 1; i < args.length; i++) {
                        result = result.max(args[i].eval(values));
                    }
                    yield result;
                }
                case CEIL -> args[0].eval(values).setScale(0, RoundingMode.CEILING);
                case FLOOR -> args[0].eval(values).setScale(0, RoundingMode.FLOOR);
                case ABS -> args[0].eval(values).abs();
                case ROUND -> args[0].eval(values).setScale(args.length == 1 ? 0
                        : Function.ROUND.whole(args[1].eval(values)), RoundingMode.HALF_UP);
                case SQRT -> sqrt(args[0].eval(values));
                case POW -> pow(args[0].eval(values), Function.POW.whole(args[1].eval(values)));
                case PI -> PI;
                case E -> E;
            };
        }
    }

    private static BigDecimal sqrt(BigDecimal value) {
        if (value.signum() < 0) {
            throw new FormulaException("sqrt() of a negative number (" + value.toPlainString() + ")");
        }
        return value.sqrt(DIVISION);
    }

    private static BigDecimal pow(BigDecimal base, int exponent) {
        if ((long) base.precision() * Math.abs(exponent) > MAX_POWER_DIGITS) {
            throw new FormulaException("pow() result would have more than " + MAX_POWER_DIGITS + " digits");
        }
        if (exponent >= 0) {
            return base.pow(exponent);
        }
        if (base.signum() == 0) {
            throw new FormulaException("division by zero (pow(0, " + exponent + "))");
        }
        return BigDecimal.ONE.divide(base.pow(-exponent), DIVISION);
    }

    /** The functions: name, how many arguments, and for round/pow the whole-number argument's range. */
    private enum Function {
        MIN("min", 2, Integer.MAX_VALUE), MAX("max", 2, Integer.MAX_VALUE), CEIL("ceil", 1, 1),
        FLOOR("floor", 1, 1), ABS("abs", 1, 1), ROUND("round", 1, 2), SQRT("sqrt", 1, 1), POW("pow", 2, 2),
        PI("pi", 0, 0), E("e", 0, 0);

        private final String text;
        private final int minArgs;
        private final int maxArgs;

        Function(String text, int minArgs, int maxArgs) {
            this.text = text;
            this.minArgs = minArgs;
            this.maxArgs = maxArgs;
        }

        static Function named(String name) {
            for (Function function : values()) {
                if (function.text.equals(name)) {
                    return function;
                }
            }
            return null;
        }

        /** The whole-number second argument of round (decimals) or pow (exponent), checked. */
        int whole(BigDecimal value) {
            int low = this == ROUND ? 0 : -MAX_POWER;
            int high = this == ROUND ? MAX_ROUND_DECIMALS : MAX_POWER;
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0
                    || value.compareTo(BigDecimal.valueOf(low)) < 0 || value.compareTo(BigDecimal.valueOf(high)) > 0) {
                throw new FormulaException(text + "() " + (this == ROUND ? "decimals" : "exponent") + " must be a"
                        + " whole number from " + low + " to " + high + ", not " + value.stripTrailingZeros()
                        .toPlainString());
            }
            return value.intValue();
        }

        String arity() {
            if (minArgs == maxArgs) {
                return minArgs == 0 ? "no arguments"
                        : "exactly " + minArgs + (minArgs == 1 ? " argument" : " arguments");
            }
            return maxArgs == Integer.MAX_VALUE ? "at least " + minArgs + " arguments"
                    : minArgs + " or " + maxArgs + " arguments";
        }
    }

    /** Recursive descent: expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*. */
    private static final class Parser {
        private final String text;
        private final Set<String> variables = new java.util.HashSet<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node parseAll() {
            Node node = expression();
            skipSpaces();
            if (pos < text.length()) {
                throw error("unexpected '" + text.charAt(pos) + "'");
            }
            return node;
        }

        private Node expression() {
            Node node = term();
            while (true) {
                skipSpaces();
                if (peek('+') || peek('-')) {
                    char op = text.charAt(pos++);
                    node = new Binary(op, node, term());
                } else {
                    return node;
                }
            }
        }

        private Node term() {
            Node node = unary();
            while (true) {
                skipSpaces();
                if (peek('*') || peek('/')) {
                    char op = text.charAt(pos++);
                    node = new Binary(op, node, unary());
                } else {
                    return node;
                }
            }
        }

        private Node unary() {
            skipSpaces();
            if (peek('-')) {
                pos++;
                return new Neg(unary());
            }
            if (peek('+')) {
                pos++;
                return unary();
            }
            return primary();
        }

        private Node primary() {
            skipSpaces();
            if (pos >= text.length()) {
                throw error("unexpected end of formula");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                pos++;
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                return nameOrCall();
            }
            throw error("unexpected '" + c + "'");
        }

        private Node number() {
            int start = pos;
            while (pos < text.length() && (isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            String literal = text.substring(start, pos);
            try {
                return new Num(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("malformed number '" + literal + "'");
            }
        }

        private Node nameOrCall() {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            skipSpaces();
            if (peek('(')) {
                pos++;
                return call(name, start);
            }
            if (name.equals("pi")) {
                return new Num(PI);
            }
            if (name.equals("e")) {
                return new Num(E);
            }
            if (!KNOWN_VARIABLES.contains(name)) {
                throw new FormulaException("unknown variable '" + name + "' at position " + (start + 1)
                        + " (allowed: " + String.join(", ", KNOWN_VARIABLES.stream().sorted().toList()) + ")");
            }
            variables.add(name);
            return new Var(FormulaValues.slot(name));
        }

        private Node call(String name, int start) {
            Function function = Function.named(name);
            if (function == null) {
                throw new FormulaException("unknown function '" + name + "' at position " + (start + 1)
                        + " (allowed: " + String.join(", ", FUNCTIONS) + ")");
            }
            List<Node> args = new ArrayList<>();
            skipSpaces();
            if (!peek(')')) {
                args.add(expression());
                skipSpaces();
                while (peek(',')) {
                    pos++;
                    args.add(expression());
                    skipSpaces();
                }
            }
            expect(')');
            if (args.size() < function.minArgs || args.size() > function.maxArgs) {
                throw new FormulaException(name + "() takes " + function.arity() + " (position " + (start + 1) + ")");
            }
            if ((function == Function.ROUND || function == Function.POW) && args.size() == 2) {
                BigDecimal written = written(args.get(1));
                if (written != null) {
                    try {
                        function.whole(written);
                    } catch (FormulaException e) {
                        throw new FormulaException(e.getMessage() + " (position " + (start + 1) + ")");
                    }
                }
            }
            return new Call(function, args.toArray(Node[]::new));
        }

        /** The value of an argument written as a number (or a negated one), else null. */
        private static BigDecimal written(Node node) {
            if (node instanceof Num num) {
                return num.value();
            }
            if (node instanceof Neg neg) {
                BigDecimal inner = written(neg.operand());
                return inner == null ? null : inner.negate();
            }
            return null;
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) {
                throw error(pos < text.length()
                        ? "expected '" + c + "' but found '" + text.charAt(pos) + "'"
                        : "expected '" + c + "' but the formula ended");
            }
            pos++;
        }

        /** ASCII only: {@code Character.isDigit} would also accept other scripts' digits. */
        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private FormulaException error(String message) {
            return new FormulaException("syntax error at position " + (pos + 1) + ": " + message);
        }
    }
}
