package kz.etalon.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * Which reverse proxies may say who the visitor is. A request that comes from one of them (an address or a
 * block such as {@code 10.0.0.0/8}) is taken to be from the address its {@code X-Forwarded-For} names, the
 * rightmost one that is not itself a trusted proxy, and to have been made over the scheme
 * {@code X-Forwarded-Proto} names; a request from anyone else is taken as it comes, whatever its headers
 * say. By default no proxy is trusted. Only literal addresses are read: a name is never looked up.
 */
public final class ProxyTrust {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Block> trusted;

    private ProxyTrust(List<Block> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Trusts nobody: every request's own peer address is the visitor's. */
    public static ProxyTrust none() {
        return new ProxyTrust(List.of());
    }

    /**
     * The proxies named, each an address or an address/prefix, separated by commas or spaces; a name that is
     * not an address is refused (as {@code where} names it) with what to write instead.
     */
    public static ProxyTrust of(String addresses, String where) {
        List<Block> blocks = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String item : addresses.strip().split("[,\\s]+")) {
            if (item.isEmpty()) {
                continue;
            }
            Optional<Block> block = Block.parse(item);
            block.ifPresentOrElse(blocks::add, () -> wrong.add(item));
        }
        if (!wrong.isEmpty()) {
            throw InputException.of(Location.of(java.nio.file.Path.of(where)), "not an address or address/prefix: "
                    + String.join(", ", wrong) + "; name the reverse proxy by its IP address, e.g. 127.0.0.1 or 10.0.0.0/8");
        }
        return new ProxyTrust(blocks);
    }

    public boolean trustsAny() {
        return !trusted.isEmpty();
    }

    /** The visitor's address: {@code peer}, or when {@code peer} is a trusted proxy what it forwarded. */
    public String clientAddress(String peer, String forwardedFor) {
        if (!trusts(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (address(hop).isEmpty()) {
                return client;   // a malformed entry: nothing left of it can be believed
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** {@code http} or {@code https}: what a trusted proxy says the visitor used, else {@code actual}. */
    public String scheme(String peer, String forwardedProto, String actual) {
        if (trusts(peer) && forwardedProto != null) {
            String proto = forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT);
            if (proto.equals("http") || proto.equals("https")) {
                return proto;
            }
        }
        return actual;
    }

    private boolean trusts(String address) {
        return address(address).filter(this::trusts).isPresent();
    }

    /** Whether {@code address} is one of the trusted proxies. */
    public boolean trusts(InetAddress address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    /** A literal IPv4 or IPv6 address (never a name to look up). */
    static Optional<InetAddress> address(String text) {
        String plain = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(plain).matches() && !IPV6.matcher(plain).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(plain));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and how many of its leading bits a match must share. */
    private record Block(byte[] bits, int prefix) {

        static Optional<Block> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = address(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Block(bytes, prefix));
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != bits.length) {
                return false;
            }
            int shift = bits.length * 8 - prefix;
            return new BigInteger(1, bits).shiftRight(shift).equals(new BigInteger(1, other).shiftRight(shift));
        }
    }
}
