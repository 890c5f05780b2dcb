// Prompts of the platform problems other services lean on: rate limiter, unique IDs, notifications,
// payments.
import type { ProblemPrompt } from '../types';

export const RATE_LIMITER: ProblemPrompt = {
  id: 'rate-limiter',
  title: 'Distributed rate limiter',
  prompt:
    'Design a rate limiter that every API server of a large service consults before handling a request, so each user or IP address gets at most its allowance across the whole fleet.',
  scale: {
    dailyActiveUsers: 50_000_000,
    requestsPerUserPerDay: 100,
    peakFactor: 3,
    readsPerWrite: 0,
    dataSizes: [
      { what: 'one counter with its key', value: 100, unit: 'B' },
      { what: 'counters live at once', value: 5, unit: 'GB' },
    ],
  },
  functional: ['Allow or reject a request by user, IP address and endpoint', 'Limits configurable per plan without a deploy', 'Tell a rejected client when to retry'],
  nonFunctional: {
    p99BudgetMs: 50,
    availabilityObjective: 0.9995,
    other: ['A check adds at most a few milliseconds', 'If the limiter is down, requests go through rather than fail'],
  },
};

export const UNIQUE_ID: ProblemPrompt = {
  id: 'unique-id',
  title: 'Unique ID generator',
  prompt:
    'Design a service that hands out unique 64-bit identifiers to every other service of a company, roughly ordered by creation time, without a single machine every request must reach.',
  scale: {
    dailyActiveUsers: 10_000,
    requestsPerUserPerDay: 100_000,
    peakFactor: 3,
    readsPerWrite: 0,
    dataSizes: [
      { what: 'one identifier', value: 8, unit: 'B' },
      { what: 'worker ids to assign', value: 1, unit: 'KB' },
    ],
  },
  functional: ['Return a new unique 64-bit id', 'Ids sort roughly by the time they were made', 'Hand out ids in batches to busy callers'],
  nonFunctional: {
    p99BudgetMs: 20,
    availabilityObjective: 0.9995,
    other: ['Never the same id twice, even after a clock jumps back'],
  },
};

export const NOTIFICATIONS: ProblemPrompt = {
  id: 'notifications',
  title: 'Notification system',
  prompt:
    'Design a service other teams call to notify users by phone push, SMS, email or an in-app message, respecting what each user has opted out of.',
  scale: {
    dailyActiveUsers: 50_000_000,
    requestsPerUserPerDay: 5,
    peakFactor: 5,
    readsPerWrite: 1,
    dataSizes: [
      { what: 'one notification with its payload', value: 2, unit: 'KB' },
      { what: 'preferences of all users', value: 50, unit: 'GB' },
    ],
  },
  functional: ['Send one notification through the channels a user accepts', 'Fill a template with the caller\'s data', 'Retry failed sends and report what could not be delivered', 'Show a user their in-app notifications'],
  nonFunctional: {
    p99BudgetMs: 200,
    availabilityObjective: 0.999,
    other: ['A notification is sent at most once per channel', 'Sending may lag seconds behind the request'],
  },
};

export const PAYMENTS: ProblemPrompt = {
  id: 'payments',
  title: 'Payment system',
  prompt:
    'Design the payment backend of an online marketplace: buyers pay by card through an external processor, sellers are paid out, and every amount must add up.',
  scale: {
    dailyActiveUsers: 10_000_000,
    requestsPerUserPerDay: 2,
    peakFactor: 5,
    readsPerWrite: 2,
    dataSizes: [
      { what: 'one payment with its ledger entries', value: 2, unit: 'KB' },
      { what: 'ledger per year', value: 10, unit: 'TB' },
    ],
  },
  functional: ['Charge a buyer for an order', 'Refund all or part of a payment', 'Pay sellers out daily', 'Show buyers and sellers their history'],
  nonFunctional: {
    p99BudgetMs: 3_000,
    availabilityObjective: 0.9995,
    other: ['A retried request never charges twice', 'The books balance to the cent every day', 'Card numbers never touch our storage'],
  },
};

export const PLATFORM: readonly ProblemPrompt[] = [RATE_LIMITER, UNIQUE_ID, NOTIFICATIONS, PAYMENTS];
