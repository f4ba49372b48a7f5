package org.tonus.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle), written as a PHC string {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash} (salt and hash in unpadded base64). The parameters of
 * new hashes are the ones named here; a stored hash is verified with the parameters it carries, so
 * raising them later leaves existing passwords valid.
 */
final class Argon2id {
  /**
   * The OWASP Password Storage Cheat Sheet's minimum for Argon2id: 19 MiB of memory, 2 passes, 1
   * lane. The project's policy; raise, never lower.
   */
  static final int MEMORY_KIB = 19 * 1024;

  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final SecureRandom random;

  Argon2id(SecureRandom random) {
    this.random = random;
  }

  /** A new salted hash of {@code password} with this class's parameters. */
  String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return "$argon2id$v=19$m="
        + MEMORY_KIB
        + ",t="
        + ITERATIONS
        + ",p="
        + PARALLELISM
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  /** Whether {@code password} hashes to {@code phc}; the comparison takes constant time. */
  boolean matches(String password, String phc) {
    Matcher parts = PHC.matcher(phc);
    if (!parts.matches()) {
      throw new IllegalStateException("a stored password hash is not an Argon2id PHC string");
    }
    byte[] salt = DECODER.decode(parts.group(4));
    byte[] expected = DECODER.decode(parts.group(5));
    byte[] actual =
        derive(
            password,
            salt,
            Integer.parseInt(parts.group(1)),
            Integer.parseInt(parts.group(2)),
            Integer.parseInt(parts.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
