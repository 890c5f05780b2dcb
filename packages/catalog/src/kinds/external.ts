// External services: dependencies run by someone else, reached over the public internet. Each is
// an availability tax the board cannot engineer away, only isolate (async, fallbacks, timeouts).
import { fact, playbook, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const ONE_ENDPOINT = sourced(
  1,
  playbook('availability', {
    fact: fact('99.9', '%', 'the external API in the worked request path'),
    note: 'A vendor endpoint is one unit on the board: its SLA already covers its own redundancy.',
  }),
);
const VENDOR_AVAILABILITY = sourced(probability(0.999), playbook('availability', { fact: fact('99.9', '%', 'the external API in the worked request path') }));
/** A vendor's availability is its SLA, which covers whatever redundancy it runs behind the endpoint. */
const VENDOR_SLA = sourced(
  true,
  playbook('availability', {
    fact: term('availability tax', 'what each external service costs a path'),
    note: "The figure is the vendor's SLA for the whole service, which already covers its own redundancy.",
  }),
);
const VENDOR_P50 = sourced(
  ms(30),
  playbook('latencyNumbers', {
    fact: fact('10-30', 'ms', 'each downstream RPC, in a 200 ms p99 budget'),
    note: 'Downstream RPCs take 10-30 ms each at p99 inside a datacenter; a vendor median is taken at the top of that range.',
  }),
);
const VENDOR_P99 = sourced(
  ms(150),
  playbook('tailLatency', {
    fact: term('Hedged requests', 'a cure for the tail: a slow request is also sent to a second replica'),
    note: 'Not in the playbook: a vendor tail of 5x its median; network RTT to the vendor is added separately by placement.',
  }),
);
/** Notification vendors answer after queuing the message, not after delivering it. */
const NOTIFY_P50 = sourced(
  ms(50),
  playbook('notificationSystem', {
    note: 'Not in the playbook; the vendor acknowledges once it has queued the message, ~50 ms.',
  }),
);
const NOTIFY_P99 = sourced(
  ms(500),
  playbook('notificationSystem', {
    note: 'Not in the playbook; vendor throttling and retries, 10x the median.',
  }),
);

export const EXTERNAL_KINDS: readonly KindSpec[] = [
  {
    id: 'third-party-api',
    label: 'Third-party API',
    family: 'external',
    summary: 'A vendor HTTP API on the request path: an availability tax you do not control.',
    aliases: ['external api', 'vendor', 'saas', 'webhook', 'partner api'],
    icon: 'cloud',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('rateLimiting', {
          fact: term('API key', 'rate limits at the edge, per IP or per key'),
          note: 'Not in the playbook: vendors enforce per-key limits as this section describes; 1,000 req/s is a typical paid quota.',
        }),
      ),
      p50: VENDOR_P50,
      p99: VENDOR_P99,
      availability: VENDOR_AVAILABILITY,
      instances: ONE_ENDPOINT,
    },
    traits: { stateful: false, availabilityIsServiceLevel: VENDOR_SLA },
  },
  {
    id: 'payment-provider',
    label: 'Payment provider',
    family: 'external',
    summary: 'Stripe, Adyen or a card network: idempotent charges, async reconciliation, PCI scope kept outside.',
    aliases: ['stripe', 'adyen', 'paypal', 'braintree', 'psp', 'card network', 'payments'],
    icon: 'card',
    defaults: {
      capacityRps: sourced(
        rps(100),
        playbook('paymentSystem', {
          fact: term('payment processor', 'the outside party a payment system reconciles with'),
          note: 'Not in the playbook; payment APIs allow ~100 mutating requests/s per account by default.',
        }),
      ),
      p50: sourced(
        ms(300),
        playbook('paymentSystem', {
          note: 'Not in the playbook; a charge runs fraud checks and the card network, ~300 ms.',
        }),
      ),
      p99: sourced(
        ms(2_000),
        playbook('paymentSystem', {
          note: 'Not in the playbook; issuer authorisation and 3-D Secure put the tail at ~2 s.',
        }),
      ),
      availability: sourced(probability(0.9999), playbook('availability', { fact: fact('99.99', '%', 'what payment networks aim for') })),
      instances: ONE_ENDPOINT,
    },
    traits: { stateful: false, availabilityIsServiceLevel: VENDOR_SLA },
  },
  {
    id: 'push-gateway',
    label: 'Push notification gateway',
    family: 'external',
    summary: 'APNs and FCM: deliver push notifications to devices; best-effort and rate-limited.',
    aliases: ['apns', 'fcm', 'firebase cloud messaging', 'push', 'notifications'],
    icon: 'bell',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('notificationSystem', {
          fact: term('APNs/FCM', 'the push channel of a notification system'),
          note: 'Not in the playbook; ~1K sends/s per connection before vendor throttling.',
        }),
      ),
      p50: NOTIFY_P50,
      p99: NOTIFY_P99,
      availability: VENDOR_AVAILABILITY,
      instances: ONE_ENDPOINT,
    },
    traits: { stateful: false, availabilityIsServiceLevel: VENDOR_SLA },
  },
  {
    id: 'email-sms-provider',
    label: 'Email / SMS provider',
    family: 'external',
    summary: 'SES, SendGrid or Twilio: transactional email and text messages behind a per-channel queue.',
    aliases: ['email', 'sms', 'ses', 'sendgrid', 'twilio', 'mailgun', 'postmark'],
    icon: 'mail',
    defaults: {
      capacityRps: sourced(
        rps(100),
        playbook('notificationSystem', {
          fact: term('Per-channel queue', 'a notification system: one queue per channel, with retries and a DLQ'),
          note: 'Not in the playbook; sending quotas start around 100 messages/s.',
        }),
      ),
      p50: sourced(
        ms(200),
        playbook('notificationSystem', {
          note: 'Not in the playbook; an accepted send over HTTPS, ~200 ms.',
        }),
      ),
      p99: sourced(
        ms(2_000),
        playbook('notificationSystem', {
          note: 'Not in the playbook; throttled sends and retries, 10x the median.',
        }),
      ),
      availability: VENDOR_AVAILABILITY,
      instances: ONE_ENDPOINT,
    },
    traits: { stateful: false, availabilityIsServiceLevel: VENDOR_SLA },
  },
];
