package io.dockertutor.engine.sim;

/** IPv4 CIDR arithmetic for the simulated IPAM: addresses as unsigned 32-bit numbers in a long. */
final class Subnet {
    private Subnet() {
    }

    /** {@code 172.17.0.2} as a number. */
    static long parse(String ip) {
        String[] p = ip.split("\\.");
        long v = 0;
        for (String part : p) {
            v = v << 8 | Integer.parseInt(part);
        }
        return v;
    }

    static String format(long v) {
        return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }

    /** {@code 16} of {@code 172.17.0.0/16}; a bare address is a /32. */
    static int prefixLength(String cidr) {
        int slash = cidr.indexOf('/');
        return slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
    }

    /** The network address: the CIDR's address with its host bits cleared. */
    static long base(String cidr) {
        int slash = cidr.indexOf('/');
        long address = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        return address & ~(size(cidr) - 1) & 0xFFFFFFFFL;
    }

    /** How many addresses the subnet spans, its network address and broadcast included. */
    static long size(String cidr) {
        return 1L << (32 - prefixLength(cidr));
    }
}
