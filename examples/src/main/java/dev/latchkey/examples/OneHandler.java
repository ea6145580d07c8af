package dev.latchkey.examples;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import dev.latchkey.nuki.AuthorizationRequest;
import dev.latchkey.nuki.NukiClient;
import dev.latchkey.nuki.RegisteredWebhook;
import dev.latchkey.nuki.webhook.NukiWebhookFeature;
import dev.latchkey.nuki.webhook.NukiWebhookHandler;
import dev.latchkey.nuki.webhook.NukiWebhookVerifier;
import dev.latchkey.seam.CreateAccessCodeRequest;
import dev.latchkey.seam.SeamClient;
import dev.latchkey.tapkey.GrantRequest;
import dev.latchkey.tapkey.OwnerAccount;
import dev.latchkey.tapkey.TapkeyClient;
import dev.latchkey.testkit.nuki.NukiSimulator;
import dev.latchkey.testkit.seam.SeamSimulator;
import dev.latchkey.testkit.seam.SimulatedFailure;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tutorial: one failure handler for every vendor. The same {@link FailurePolicy} (retry, ask the guest, alert
 * an operator, chosen by the cross-vendor category) handles the failures of the Seam, Nuki and Tapkey clients;
 * the vendors are listed in one place, {@link #vendors}. The walkthrough is {@code examples/one-handler.md}.
 *
 * <p>Without credentials each vendor runs on its embedded simulator, which produces the failures (429,
 * duplicate PIN, wrong key, offline lock, keypad code in use, duplicate grant, full card, wrong client secret).
 * With {@code SEAM_API_KEY}, {@code NUKI_API_TOKEN} or {@code TAPKEY_CLIENT_ID} set, that vendor's real API is
 * used for read-only calls only.
 */
public final class OneHandler {

  private OneHandler() {}

  /** A vendor as the handler sees it: a name and calls to make, each with the failure it may meet. */
  interface Vendor extends AutoCloseable {
    String name();

    List<Call> calls();

    @Override
    void close();
  }

  /** One call: what it does, and the call itself. */
  record Call(String what, Supplier<?> call) {}

  /**
   * Runs the tutorial.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, System.getenv());
  }

  /**
   * Runs the tutorial: every vendor's calls through the one policy.
   *
   * @param out where it prints
   * @param env the environment: {@code SEAM_API_KEY}, {@code NUKI_API_TOKEN}, {@code TAPKEY_CLIENT_ID} (with
   *     {@code TAPKEY_CLIENT_SECRET}) select the real APIs
   */
  public static void run(PrintStream out, Map<String, String> env) {
    out.println("One handler for every vendor: retry, ask the guest or alert an operator, by category");
    FailurePolicy policy = new FailurePolicy(3, Duration.ofMillis(50), Sleeper.SYSTEM, out);
    for (Supplier<Vendor> start : vendors(env)) {
      try (Vendor vendor = start.get()) {
        out.println(vendor.name() + ":");
        for (Call call : vendor.calls()) {
          policy.attempt(vendor.name(), call.what(), call.call());
        }
      }
    }
  }

  /** The one place that lists the vendors; each starts when its turn comes and stops after it. */
  static List<Supplier<Vendor>> vendors(Map<String, String> env) {
    List<Supplier<Vendor>> vendors = new ArrayList<>();
    vendors.add(env.get(SeamClient.API_KEY_ENV) != null ? () -> realSeam(env) : SimulatedSeam::new);
    vendors.add(env.get(NukiClient.API_TOKEN_ENV) != null ? () -> realNuki(env) : SimulatedNuki::new);
    vendors.add(env.get(TapkeyClient.CLIENT_ID_ENV) != null ? () -> realTapkey(env) : SimulatedTapkey::new);
    return vendors;
  }

  // ---- Seam

  private static final class SimulatedSeam implements Vendor {
    private final SeamSimulator simulator = SeamSimulator.start();
    // The policy owns retries here, so the client's own retry is off.
    private final SeamClient seam = SeamClient.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
        .environment(name -> null).retryPolicy(RetryPolicy.none()).build();

    @Override
    public String name() {
      return "Seam";
    }

    @Override
    public List<Call> calls() {
      String frontDoor = simulator.deviceIds().get(0);
      // Seam throttles the first create once: 429 with Retry-After 1 s.
      simulator.failNext(SimulatedFailure.rateLimited(Duration.ofSeconds(1)).onPath("/access_codes/create"));
      return List.of(
          new Call("create Ada's code", () -> seam.accessCodes().create(
              CreateAccessCodeRequest.builder(frontDoor).name("Ada").code("4821").build())),
          new Call("create Grace's code with the PIN Ada has", () -> seam.accessCodes().create(
              CreateAccessCodeRequest.builder(frontDoor).name("Grace").code("4821").build())),
          new Call("list devices with a revoked API key", () -> SeamClient.builder().apiKey("seam_revoked_key")
              .baseUrl(simulator.baseUrl()).environment(name -> null).build().devices().list()));
    }

    @Override
    public void close() {
      simulator.close();
    }
  }

  private static Vendor realSeam(Map<String, String> env) {
    SeamClient seam = SeamClient.builder().environment(env::get).retryPolicy(RetryPolicy.none()).build();
    return new Vendor() {
      @Override
      public String name() {
        return "Seam";
      }

      @Override
      public List<Call> calls() {
        return List.of(new Call("list devices", () -> seam.devices().list()),
            new Call("get an access code that does not exist", () -> seam.accessCodes().get("no_such_code")));
      }

      @Override
      public void close() {}
    };
  }

  // ---- Nuki

  private static final class SimulatedNuki implements Vendor {
    private final NukiSimulator simulator = NukiSimulator.start();
    private final NukiWebhookReceiver.Endpoint endpoint = NukiWebhookReceiver.Endpoint.start(0);
    private final NukiClient nuki = NukiClient.builder().apiToken(simulator.apiToken())
        .baseUrl(simulator.baseUrl()).environment(name -> null).retryPolicy(RetryPolicy.none()).build();

    SimulatedNuki() {
      // Advanced calls answer through the webhook: the endpoint of the webhook tutorial receives them.
      RegisteredWebhook webhook = nuki.webhooks().register(endpoint.url(), Set.of(NukiWebhookFeature.DEVICE_STATUS));
      endpoint.handler(NukiWebhookHandler.create(NukiWebhookVerifier.create(webhook.secret().orElseThrow()),
          nuki.dispatcher()));
    }

    @Override
    public String name() {
      return "Nuki";
    }

    @Override
    public List<Call> calls() {
      AuthorizationRequest ada = AuthorizationRequest.keypadCode("Ada", Secret.of("482137")).build();
      simulator.setOnline(102, false);
      return List.of(
          new Call("lock 102 (offline)", () -> nuki.actions().lockAdvanced(102).join(Duration.ofSeconds(10))),
          new Call("give Ada keypad code on 101", () -> {
            nuki.authorizations().create(101, ada);
            return ada;
          }),
          new Call("give Grace the keypad code Ada has on 101", () -> {
            nuki.authorizations().create(101, AuthorizationRequest.keypadCode("Grace", Secret.of("482137")).build());
            return ada;
          }),
          new Call("list smartlocks with a revoked token", () -> NukiClient.builder().apiToken("revoked-token")
              .baseUrl(simulator.baseUrl()).environment(name -> null).build().smartlocks().list()));
    }

    @Override
    public void close() {
      endpoint.close();
      simulator.close();
    }
  }

  private static Vendor realNuki(Map<String, String> env) {
    NukiClient nuki = NukiClient.builder().environment(env::get).retryPolicy(RetryPolicy.none()).build();
    return new Vendor() {
      @Override
      public String name() {
        return "Nuki";
      }

      @Override
      public List<Call> calls() {
        return List.of(new Call("list smartlocks", () -> nuki.smartlocks().list()),
            new Call("get a smartlock that does not exist", () -> nuki.smartlocks().get(1)));
      }

      @Override
      public void close() {}
    };
  }

  // ---- Tapkey

  private static final class SimulatedTapkey implements Vendor {
    private final TapkeySimulator simulator = TapkeySimulator.start();
    private final TapkeyClient tapkey = TapkeyClient.builder().baseUrl(simulator.baseUrl())
        .tokenEndpoint(simulator.tokenEndpoint()).clientCredentials(simulator.clientId(), simulator.clientSecret())
        .environment(name -> null).retryPolicy(RetryPolicy.none()).build();

    @Override
    public String name() {
      return "Tapkey";
    }

    @Override
    public List<Call> calls() {
      String owner = simulator.ownerAccountId();
      // A card with room for one grant: the second one does not fit.
      String guestCard = simulator.addBoundCard(owner, "Guest card", 1);
      GrantRequest ada = GrantRequest.builder("lock-1").contactId("contact-1").validFrom(Instant.now()).build();
      return List.of(
          new Call("grant Ada lock-1", () -> tapkey.grants().create(owner, ada)),
          new Call("grant Ada lock-1 again", () -> tapkey.grants().create(owner, ada)),
          new Call("grant the guest card lock-1", () -> tapkey.grants().create(owner,
              GrantRequest.builder("lock-1").boundCardId(guestCard).validFrom(Instant.now()).build())),
          new Call("grant the guest card lock-2 (it holds one grant)", () -> tapkey.grants().create(owner,
              GrantRequest.builder("lock-2").boundCardId(guestCard).validFrom(Instant.now()).build())),
          new Call("list grants with a wrong client secret", () -> TapkeyClient.builder()
              .baseUrl(simulator.baseUrl()).tokenEndpoint(simulator.tokenEndpoint())
              .clientCredentials(simulator.clientId(), "wrong-client-secret").environment(name -> null).build()
              .grants().list(owner)));
    }

    @Override
    public void close() {
      simulator.close();
    }
  }

  private static Vendor realTapkey(Map<String, String> env) {
    TapkeyClient tapkey = TapkeyClient.builder().environment(env::get).retryPolicy(RetryPolicy.none()).build();
    return new Vendor() {
      @Override
      public String name() {
        return "Tapkey";
      }

      @Override
      public List<Call> calls() {
        return List.of(new Call("list owner accounts", () -> tapkey.ownerAccounts().list()),
            new Call("get a grant that does not exist", () -> tapkey.grants().get(tapkey.ownerAccounts().list()
                .stream().findFirst().map(OwnerAccount::id).orElse("no-owner-account"), "no-such-grant")));
      }

      @Override
      public void close() {}
    };
  }
}
