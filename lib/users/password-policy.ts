/**
 * What a password must not be, beyond its length and mix (ZPassword): the user's own name, or one of
 * the passwords guessers try first. Used by the user forms (in the browser) and by the data functions
 * (on the server, where a reset knows the user's name). No dependencies: it ships to the browser.
 */

/**
 * Common passwords that would pass the length and letter-and-digit rules, from published lists of the
 * most used passwords (international and Chinese sites) plus this domain's obvious guesses. Compared
 * after `normalise`, so case and punctuation do not make one new (P@ssw0rd is p@ssw0rd is pssw0rd).
 */
const COMMON = `
password1 password12 password123 password1234 password12345 passw0rd p@ssw0rd p@ssword1 p@ssw0rd1
pass1234 pass12345 pa55word pa55w0rd qwerty12 qwerty123 qwerty1234 qwerty12345 qwertyui1 qwert123
1qaz2wsx 1qaz2wsx3edc zaq12wsx zaq1xsw2 qazwsx123 qazwsxedc123 qweasd123 qweasdzxc123 qwe123456
qwe123qwe 123qweasd 123qwe123 123qweasdzxc asdf1234 asdfgh123 asd123456 zxcvbnm1 zxcvbnm123
zxc123456 zxcv1234 abc12345 abc123456 abc1234567 abcd1234 abcd12345 abcde12345 abcdef123 a1234567
a12345678 a123456789 a1234567890 aa123456 aa12345678 aaa12345 aaa123456 123456aa 123456abc
12345678a 123456789a 1234567a 1234abcd 12345abc 123abc123 abc123abc q1w2e3r4 q1w2e3r4t5 1q2w3e4r
1q2w3e4r5t 1a2b3c4d a1b2c3d4 a1s2d3f4 z1x2c3v4 admin123 admin1234 admin12345 admin888 admin666
admin2020 admin2021 admin2022 admin2023 admin2024 admin2025 administrator1 root1234 root12345
test1234 test12345 test123456 guest123 user1234 user12345 welcome1 welcome123 iloveyou1 iloveyou123
sunshine1 princess1 football1 baseball1 monkey123 dragon123 letmein1 letmein123 master123 hello123
hello1234 hello12345 superman1 batman123 michael1 charlie1 shadow123 freedom1 whatever1 trustno1
computer1 internet1 changeme1 changeme123 secret123 default1 system123 server123 oracle123
woaini1314 woaini520 woaini123 woaini1234 5201314a a5201314 woaini5201314 qq123456 qq5201314
qq12345678 wang1234 wang123456 zhang123 zhang123456 li123456 liu123456 chen123456 yang123456
huang123456 zhao123456 china123 china2008 beijing2008 beijing123 shanghai123 shenzhen123
caiwu123 caiwu123456 caizheng123 juesuan123 juesuan2020 yusuan123 kuaiji123 jizhang123 bangong123
zhengfu123 danwei123 mima1234 mima123456 a1b2c3d4e5 1234qwer 12345qwert 1234asdf
`
  .trim()
  .split(/\s+/);

/** Lower case, letters and digits only. */
const normalisePassword = (password: string) => password.toLowerCase().replace(/[^a-z0-9]/g, "");

const COMMON_SET = new Set(COMMON.map(normalisePassword));

const PASSWORD_CONTAINS_USERNAME = "密码不能包含用户名";
const PASSWORD_TOO_COMMON = "该密码过于常见，容易被猜中，请换一个";

/** Why this password may not be used by this user, or null when it may. */
export function passwordProblem(password: string, username?: string): string | null {
  const name = username?.trim().toLowerCase() ?? "";
  if (name.length > 0 && password.toLowerCase().includes(name)) return PASSWORD_CONTAINS_USERNAME;
  if (COMMON_SET.has(normalisePassword(password))) return PASSWORD_TOO_COMMON;
  return null;
}
