const TEMPLATES: Record<string, string> = {
  'payments.payment-settled.v1': 'payment-receipt',
  'payments.refund-issued.v1': 'refund-confirmation',
};

export function templateFor(topic: string): string {
  const template = TEMPLATES[topic];
  if (!template) throw new Error(`no e-mail template for topic ${topic}`);
  return template;
}
