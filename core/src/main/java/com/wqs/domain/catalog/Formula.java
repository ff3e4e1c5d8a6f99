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
 * A BOM quantity formula: {@code + - * /}, parentheses, decimal numbers, {@code min}, {@code max},
 * {@code ceil}, {@code floor} over the window's dimension variables. Parsed once into a tree and
 * evaluated in exact decimal arithmetic (division to 34 significant digits). It is data, never code.
 */
public final class Formula {
    /** The window's size variables, which every formula may use. */
    public static final Set<String> VARIABLES =
            Set.of("width_m", "height_m", "width_mm", "height_mm", "area_m2", "perimeter_m");
    /** Every variable any formula may use; which of them a BOM line may use depends on its {@link BomScope}. */
    public static final Set<String> KNOWN_VARIABLES = BomScope.Names.all(VARIABLES);
    static final MathContext DIVISION = MathContext.DECIMAL128;
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
        return root.eval(variables);
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
        BigDecimal eval(Map<String, BigDecimal> vars);
    }

    private record Num(BigDecimal value) implements Node {
        public BigDecimal eval(Map<String, BigDecimal> vars) {
            return value;
        }
    }

    private record Var(String name) implements Node {
        public BigDecimal eval(Map<String, BigDecimal> vars) {
            BigDecimal value = vars.get(name);
            if (value == null) {
                throw new FormulaException("no value for variable '" + name + "'");
            }
            return value;
        }
    }

    private record Neg(Node operand) implements Node {
        public BigDecimal eval(Map<String, BigDecimal> vars) {
            return operand.eval(vars).negate();
        }
    }

    private record Binary(char op, Node left, Node right) implements Node {
        public BigDecimal eval(Map<String, BigDecimal> vars) {
            BigDecimal l = left.eval(vars);
            BigDecimal r = right.eval(vars);
            return switch (op) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '*' -> l.multiply(r);
                case '/' -> {
                    if (r.signum() == 0) {
                        throw new FormulaException("division by zero");
                    }
                    yield l.divide(r, DIVISION);
                }
                default -> throw new IllegalStateException("operator " + op);
            };
        }
    }

    private record Call(String function, List<Node> args) implements Node {
        public BigDecimal eval(Map<String, BigDecimal> vars) {
            return switch (function) {
                case "min" -> args.stream().map(a -> a.eval(vars)).reduce(BigDecimal::min).orElseThrow();
                case "max" -> args.stream().map(a -> a.eval(vars)).reduce(BigDecimal::max).orElseThrow();
                case "ceil" -> args.get(0).eval(vars).setScale(0, RoundingMode.CEILING);
                case "floor" -> args.get(0).eval(vars).setScale(0, RoundingMode.FLOOR);
                default -> throw new IllegalStateException("function " + function);
            };
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
            if (!KNOWN_VARIABLES.contains(name)) {
                throw new FormulaException("unknown variable '" + name + "' at position " + (start + 1)
                        + " (allowed: " + String.join(", ", KNOWN_VARIABLES.stream().sorted().toList()) + ")");
            }
            variables.add(name);
            return new Var(name);
        }

        private Node call(String name, int start) {
            int arity = switch (name) {
                case "min", "max" -> -1;
                case "ceil", "floor" -> 1;
                default -> throw new FormulaException("unknown function '" + name + "' at position " + (start + 1)
                        + " (allowed: min, max, ceil, floor)");
            };
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
            if (arity == 1 && args.size() != 1) {
                throw new FormulaException(name + "() takes exactly 1 argument (position " + (start + 1) + ")");
            }
            if (arity == -1 && args.size() < 2) {
                throw new FormulaException(name + "() takes at least 2 arguments (position " + (start + 1) + ")");
            }
            return new Call(name, List.copyOf(args));
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
