import styles from "./account.module.css"
import { RegisterForm } from "./register-form"
import { SignInForm } from "./sign-in-form"

export function LoginTemplate({ countryCode, next }: { countryCode: string; next: string }) {
  return (
    <>
      <h1>Your account</h1>
      <p className={styles.lede}>Sign in to see your orders and addresses, or create an account in a minute.</p>
      <div className={styles.login}>
        <SignInForm countryCode={countryCode} next={next} />
        <RegisterForm countryCode={countryCode} next={next} />
      </div>
    </>
  )
}
