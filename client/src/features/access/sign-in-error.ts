import type { CombinedError } from 'urql';

/** What the sign-in form says when the server refuses, in the words of the people using it. */
export function signInErrorMessage(error: CombinedError): string {
  if (error.networkError) return 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.';
  const [first] = error.graphQLErrors;
  switch (first?.extensions['code']) {
    case 'UNAUTHENTICATED':
      return 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.';
    case 'RATE_LIMITED': {
      const seconds = Number(first.extensions['retryAfterSeconds']);
      const minutes = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 15;
      return `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút.`;
    }
    case 'BAD_USER_INPUT':
      return `Thông tin đăng nhập chưa hợp lệ (${first.message}).`;
    default:
      return `Không đăng nhập được (${error.message}).`;
  }
}
